package io.cloudgate.compute.cloudstack;

import java.util.List;

/**
 * The synthetic default network (VPC) of a tenant in zones with shared networking (basic zones and advanced
 * zones with security groups), with one default subnet per zone. The ids are derived from the tenant, so every
 * gateway agrees on them without storing anything; they are unique per tenant as the EC2 id mapping requires.
 */
final class DefaultNetwork {
    /** The range shown when the zones have no shared network to derive it from. */
    static final String FALLBACK_CIDR = "10.0.0.0/16";
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

    /**
     * The default network's range: the smallest block holding every zone's shared network, widened to a /16 when
     * smaller, as EC2's default VPCs are /16s (two /20s of 172.31.0.0 give 172.31.0.0/16).
     */
    static String cidr(List<String> sharedCidrs) {
        long common = -1;
        int bits = 16;
        for (String cidr : sharedCidrs) {
            long address = address(cidr);
            if (address < 0) {
                continue;
            }
            if (common < 0) {
                common = address;
                bits = Math.min(16, prefix(cidr));
                continue;
            }
            while (bits > 0 && (address >>> (32 - bits)) != (common >>> (32 - bits))) {
                bits--;
            }
        }
        if (common < 0) {
            return FALLBACK_CIDR;
        }
        long network = bits == 0 ? 0 : common >>> (32 - bits) << (32 - bits);
        return (network >> 24 & 255) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "."
                + (network & 255) + "/" + bits;
    }

    private static long address(String cidr) {
        if (cidr == null || !cidr.contains("/")) {
            return -1;
        }
        String[] octets = cidr.substring(0, cidr.indexOf('/')).split("\\.");
        if (octets.length != 4) {
            return -1;
        }
        long value = 0;
        try {
            for (String octet : octets) {
                value = value << 8 | Integer.parseInt(octet) & 255;
            }
            return prefix(cidr) < 0 ? -1 : value;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int prefix(String cidr) {
        try {
            int bits = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
            return bits >= 0 && bits <= 32 ? bits : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The CloudStack zone id of a default subnet id of the tenant, or null when it is not one. */
    static String zoneOfSubnet(String tenant, String id) {
        String prefix = PREFIX + tenant + ":";
        return id != null && id.startsWith(prefix) ? id.substring(prefix.length()) : null;
    }
}
