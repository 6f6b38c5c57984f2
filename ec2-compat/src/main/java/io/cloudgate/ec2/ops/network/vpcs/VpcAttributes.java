package io.cloudgate.ec2.ops.network.vpcs;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;

/**
 * VPC attributes the cloud has no notion of (DNS support and hostnames, address usage metrics, tenancy),
 * kept by the EC2 layer per account and VPC id. Unset values take AWS's defaults: DNS support on, DNS
 * hostnames on only in the default VPC, metrics off, tenancy "default".
 */
public final class VpcAttributes {
    private final TypedTable<Stored> table;

    /** What was set; null members were never modified. */
    public record Stored(Boolean enableDnsSupport, Boolean enableDnsHostnames,
                         Boolean enableNetworkAddressUsageMetrics, String instanceTenancy) {
        static final Stored NONE = new Stored(null, null, null, null);
    }

    /** The effective attributes of one VPC. */
    public record Values(boolean enableDnsSupport, boolean enableDnsHostnames,
                         boolean enableNetworkAddressUsageMetrics, String instanceTenancy) {
    }

    public VpcAttributes(DocumentStore store) {
        this.table = new TypedTable<>(store.table("ec2-vpc-attributes"), Stored.class);
    }

    public Values of(String account, String vpcId, boolean isDefault) {
        Stored stored = table.get(account, vpcId).orElse(Stored.NONE);
        return new Values(orDefault(stored.enableDnsSupport(), true),
                orDefault(stored.enableDnsHostnames(), isDefault),
                orDefault(stored.enableNetworkAddressUsageMetrics(), false),
                stored.instanceTenancy() == null ? "default" : stored.instanceTenancy());
    }

    /** Overwrites the attributes given (non-null), keeping the others. */
    public void update(String account, String vpcId, Stored changes) {
        Stored current = table.get(account, vpcId).orElse(Stored.NONE);
        table.put(account, vpcId, new Stored(
                changes.enableDnsSupport() != null ? changes.enableDnsSupport() : current.enableDnsSupport(),
                changes.enableDnsHostnames() != null ? changes.enableDnsHostnames() : current.enableDnsHostnames(),
                changes.enableNetworkAddressUsageMetrics() != null
                        ? changes.enableNetworkAddressUsageMetrics() : current.enableNetworkAddressUsageMetrics(),
                changes.instanceTenancy() != null ? changes.instanceTenancy() : current.instanceTenancy()));
    }

    public void forget(String account, String vpcId) {
        table.delete(account, vpcId);
    }

    private static boolean orDefault(Boolean value, boolean defaultValue) {
        return value == null ? defaultValue : value;
    }
}
