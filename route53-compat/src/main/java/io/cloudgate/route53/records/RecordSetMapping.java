package io.cloudgate.route53.records;

import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.core.Route53Ids;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** Between the SDK's ResourceRecordSet and the stored form. */
public final class RecordSetMapping {
    private RecordSetMapping() {
    }

    /** The stored form of a request's record set; names made canonical (may throw DnsNames.NameProblem). */
    public static StoredRecordSet fromRequest(ResourceRecordSet set) {
        AliasTarget alias = set.aliasTarget();
        List<String> values = set.resourceRecords().stream().map(ResourceRecord::value).toList();
        return new StoredRecordSet(
                DnsNames.canonical(set.name()),
                set.typeAsString() == null ? "" : set.typeAsString().toUpperCase(Locale.ROOT),
                set.setIdentifier(),
                set.weight(),
                set.regionAsString(),
                set.failoverAsString(),
                set.multiValueAnswer(),
                set.ttl(),
                values,
                alias == null ? null : new StoredRecordSet.Alias(Route53Ids.bare(alias.hostedZoneId()),
                        DnsNames.canonical(alias.dnsName()), Boolean.TRUE.equals(alias.evaluateTargetHealth())),
                set.healthCheckId());
    }

    public static ResourceRecordSet toSdk(StoredRecordSet set) {
        ResourceRecordSet.Builder builder = ResourceRecordSet.builder()
                .name(set.name())
                .type(set.type())
                .setIdentifier(set.setIdentifier())
                .weight(set.weight())
                .region(set.region())
                .failover(set.failover())
                .multiValueAnswer(set.multiValueAnswer())
                .ttl(set.ttl())
                .healthCheckId(set.healthCheckId());
        if (!set.values().isEmpty()) {
            builder.resourceRecords(set.values().stream().map(v -> ResourceRecord.builder().value(v).build()).toList());
        }
        if (set.alias() != null) {
            builder.aliasTarget(AliasTarget.builder().hostedZoneId(set.alias().hostedZoneId())
                    .dnsName(set.alias().dnsName()).evaluateTargetHealth(set.alias().evaluateTargetHealth()).build());
        }
        return builder.build();
    }
}
