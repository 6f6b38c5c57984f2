package io.cloudgate.route53.records;

import java.util.List;
import java.util.Objects;

/**
 * A Route 53 resource record set as stored: names canonical (see DnsNames), values in zone-file presentation.
 * Identified within its zone by name, type and set identifier.
 *
 * @param setIdentifier    null for simple records
 * @param weight           weighted routing, else null
 * @param failover         PRIMARY or SECONDARY, else null
 * @param multiValueAnswer true for multivalue answer routing, else null
 * @param ttl              null for aliases
 * @param values           empty for aliases
 * @param alias            null unless an alias
 */
public record StoredRecordSet(String name, String type, String setIdentifier, Long weight, String region,
                              String failover, Boolean multiValueAnswer, Long ttl, List<String> values,
                              Alias alias, String healthCheckId) {

    /** @param hostedZoneId bare id of the target's zone; dnsName canonical */
    public record Alias(String hostedZoneId, String dnsName, boolean evaluateTargetHealth) {
    }

    public StoredRecordSet {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean sameIdentity(StoredRecordSet other) {
        return name.equals(other.name) && type.equals(other.type)
                && Objects.equals(setIdentifier, other.setIdentifier);
    }

    public boolean isApexRequired(String zoneName) {
        return name.equals(zoneName) && (type.equals("SOA") || type.equals("NS"));
    }

    /** How AWS names a record set in its messages. */
    public String describe() {
        return "[name='" + name + "', type='" + type + "'"
                + (setIdentifier == null ? "" : ", set-identifier='" + setIdentifier + "'") + "]";
    }
}
