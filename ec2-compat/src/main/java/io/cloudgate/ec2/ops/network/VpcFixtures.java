package io.cloudgate.ec2.ops.network;

import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;

/**
 * Ids of what every VPC has without anyone creating it: its main route table and default network ACL,
 * the internet gateway of the default VPC, and the account's DHCP options. The cloud has none of these
 * as resources, so each gets a stable AWS id from a synthetic backend key (network id plus a suffix),
 * minted once and stored like any other mapping.
 */
public final class VpcFixtures {
    private static final String MAIN_ROUTE_TABLE = "#main-route-table";
    private static final String INTERNET_GATEWAY = "#internet-gateway";
    private static final String DEFAULT_ACL = "#default-network-acl";
    private static final String DHCP_OPTIONS = "dhcp-options#";

    private final Ec2Ids ids;

    public VpcFixtures(Ec2Ids ids) {
        this.ids = ids;
    }

    public String mainRouteTableId(Network network) {
        return ids.toAws(ResourceKind.ROUTE_TABLE, network.id() + MAIN_ROUTE_TABLE);
    }

    /** The id of the internet gateway the default VPC comes with. */
    public String defaultInternetGatewayId(Network network) {
        return ids.toAws(ResourceKind.INTERNET_GATEWAY, network.id() + INTERNET_GATEWAY);
    }

    public String defaultNetworkAclId(Network network) {
        return ids.toAws(ResourceKind.NETWORK_ACL, network.id() + DEFAULT_ACL);
    }

    public String dhcpOptionsId(String account) {
        return ids.toAws(ResourceKind.DHCP_OPTIONS, DHCP_OPTIONS + account);
    }

    /** An association id derived from the id it belongs to ("rtbassoc" + the route table's digits). */
    public static String associationId(String prefix, String ownerAwsId) {
        return prefix + "-" + ownerAwsId.substring(ownerAwsId.indexOf('-') + 1);
    }

    /** The domain name AWS's DHCP options give instances of the region. */
    public static String domainName(String region) {
        return "us-east-1".equals(region) ? "ec2.internal" : region + ".compute.internal";
    }
}
