package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Subnet;

/**
 * CloudStack networks as VPCs and subnets: a VPC is a {@link Network} and its tiers are subnets; an isolated
 * network outside any VPC is a network with one subnet of the same id and range.
 */
final class NetworkMappers {
    private NetworkMappers() {
    }

    static Network vpc(JsonNode vpc, String tenant) {
        return new Network(Fields.text(vpc, "id"), tenant, Fields.text(vpc, "cidr"), false,
                "Enabled".equals(Fields.text(vpc, "state")) ? "available" : "pending");
    }

    static Network isolated(JsonNode network, String tenant) {
        return new Network(Fields.text(network, "id"), tenant, Fields.text(network, "cidr"), false, "available");
    }

    /** @param used how many of its addresses the tenant's machines hold */
    static Subnet subnet(JsonNode network, String tenant, int used) {
        String vpcId = Fields.text(network, "vpcid");
        return new Subnet(Fields.text(network, "id"), tenant, vpcId != null ? vpcId : Fields.text(network, "id"),
                Fields.text(network, "cidr"), Fields.text(network, "zonename"), false,
                TierAddresses.available(Fields.text(network, "cidr"), used), "available");
    }

    static Network defaultNetwork(String tenant, String cidr) {
        return new Network(DefaultNetwork.networkId(tenant), tenant, cidr, true, "available");
    }

    /** The default subnet of a zone whose guests share the network {@code shared} (SG or basic zones). */
    static Subnet defaultSubnet(String tenant, JsonNode zone, JsonNode shared, String networkCidr) {
        String cidr = shared == null ? networkCidr : Fields.text(shared, "cidr");
        return new Subnet(DefaultNetwork.subnetId(tenant, Fields.text(zone, "id")), tenant,
                DefaultNetwork.networkId(tenant), cidr, Fields.text(zone, "name"), true, freeAddresses(cidr), "available");
    }

    /** Addresses of a range less the five AWS reserves, as EC2 reports AvailableIpAddressCount. */
    static int freeAddresses(String cidr) {
        if (cidr == null || !cidr.contains("/")) {
            return 0;
        }
        try {
            int bits = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
            return bits < 2 || bits > 30 ? 0 : (1 << (32 - bits)) - 5;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
