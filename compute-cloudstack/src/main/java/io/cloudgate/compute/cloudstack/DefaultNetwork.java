package io.cloudgate.compute.cloudstack;

/**
 * The synthetic default network (VPC) of a tenant in zones with shared networking (basic zones and advanced
 * zones with security groups), with one default subnet per zone. The ids are derived from the tenant, so every
 * gateway agrees on them without storing anything; they are unique per tenant as the EC2 id mapping requires.
 */
final class DefaultNetwork {
    static final String CIDR = "10.147.0.0/16";
    private static final String PREFIX = "default-net:";

    private DefaultNetwork() {
    }

    static String networkId(String tenant) {
        return PREFIX + tenant;
    }

    static String subnetId(String tenant, String zoneId) {
        return PREFIX + tenant + ":" + zoneId;
    }

    static boolean isDefaultNetwork(String tenant, String id) {
        return networkId(tenant).equals(id);
    }

    /** The CloudStack zone id of a default subnet id of the tenant, or null when it is not one. */
    static String zoneOfSubnet(String tenant, String id) {
        String prefix = PREFIX + tenant + ":";
        return id != null && id.startsWith(prefix) ? id.substring(prefix.length()) : null;
    }
}
