package io.cloudgate.route53.zones;

import java.time.Instant;
import java.util.List;

/**
 * A hosted zone as stored.
 *
 * @param name        canonical (see DnsNames)
 * @param vpcs        associated VPCs of a private zone; empty for a public one
 * @param nameServers the delegation set
 */
public record ZoneRecord(String id, String account, String name, String callerReference, String comment,
                         boolean privateZone, List<Vpc> vpcs, List<String> nameServers, Instant createdAt) {

    public record Vpc(String id, String region) {
    }

    public ZoneRecord {
        vpcs = vpcs == null ? List.of() : List.copyOf(vpcs);
        nameServers = nameServers == null ? List.of() : List.copyOf(nameServers);
    }

    public ZoneRecord withComment(String newComment) {
        return new ZoneRecord(id, account, name, callerReference, newComment, privateZone, vpcs, nameServers,
                createdAt);
    }
}
