package io.cloudgate.ec2.ops.network.subnets;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;

/**
 * Subnet attributes the cloud has no notion of, kept by the EC2 layer per account and subnet id. Unset
 * values take AWS's defaults: public IPs on launch only in default subnets, DNS64 off, "ip-name"
 * hostnames without resource-name records. RunInstances reads these to decide whether an instance gets a
 * public address when the request does not say, and how it is named.
 */
public final class SubnetAttributes {
    private final TypedTable<Stored> table;

    /** What was set; null members were never modified. */
    public record Stored(Boolean mapPublicIpOnLaunch, Boolean enableDns64, Boolean enableResourceNameDnsARecord,
                         Boolean enableResourceNameDnsAaaaRecord, String hostnameType) {
        static final Stored NONE = new Stored(null, null, null, null, null);
    }

    /** The effective attributes of one subnet. */
    public record Values(boolean mapPublicIpOnLaunch, boolean enableDns64, boolean enableResourceNameDnsARecord,
                         boolean enableResourceNameDnsAaaaRecord, String hostnameType) {
    }

    public SubnetAttributes(DocumentStore store) {
        this.table = new TypedTable<>(store.table("ec2-subnet-attributes"), Stored.class);
    }

    public Values of(String account, String subnetId, boolean defaultForAz) {
        Stored stored = table.get(account, subnetId).orElse(Stored.NONE);
        return new Values(orDefault(stored.mapPublicIpOnLaunch(), defaultForAz),
                orDefault(stored.enableDns64(), false),
                orDefault(stored.enableResourceNameDnsARecord(), false),
                orDefault(stored.enableResourceNameDnsAaaaRecord(), false),
                stored.hostnameType() == null ? "ip-name" : stored.hostnameType());
    }

    /** Overwrites the attributes given (non-null), keeping the others. */
    public void update(String account, String subnetId, Stored changes) {
        Stored current = table.get(account, subnetId).orElse(Stored.NONE);
        table.put(account, subnetId, new Stored(
                pick(changes.mapPublicIpOnLaunch(), current.mapPublicIpOnLaunch()),
                pick(changes.enableDns64(), current.enableDns64()),
                pick(changes.enableResourceNameDnsARecord(), current.enableResourceNameDnsARecord()),
                pick(changes.enableResourceNameDnsAaaaRecord(), current.enableResourceNameDnsAaaaRecord()),
                pick(changes.hostnameType(), current.hostnameType())));
    }

    public void forget(String account, String subnetId) {
        table.delete(account, subnetId);
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }

    private static boolean orDefault(Boolean value, boolean defaultValue) {
        return value == null ? defaultValue : value;
    }
}
