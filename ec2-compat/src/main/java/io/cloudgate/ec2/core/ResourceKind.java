package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;

/**
 * Kinds of EC2 resources: the prefix of their ids, the resource type DescribeTags reports, and the
 * codes and messages AWS uses when an id of the kind is unknown or malformed.
 */
public enum ResourceKind {
    INSTANCE("i", "instance", "InvalidInstanceID.NotFound", "The instance ID '%s' does not exist",
            "InvalidInstanceID.Malformed"),
    RESERVATION("r", "reservation", "InvalidReservationID.NotFound", "The reservation ID '%s' does not exist",
            "InvalidReservationID.Malformed"),
    IMAGE("ami", "image", "InvalidAMIID.NotFound", "The image id '[%s]' does not exist", "InvalidAMIID.Malformed"),
    KEY_PAIR("key", "key-pair", "InvalidKeyPair.NotFound", "The key pair '%s' does not exist",
            "InvalidKeyPair.Format"),
    VPC("vpc", "vpc", "InvalidVpcID.NotFound", "The vpc ID '%s' does not exist", "InvalidVpcID.Malformed"),
    SUBNET("subnet", "subnet", "InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist",
            "InvalidSubnetID.Malformed"),
    SECURITY_GROUP("sg", "security-group", "InvalidGroup.NotFound", "The security group '%s' does not exist",
            "InvalidGroupId.Malformed"),
    SECURITY_GROUP_RULE("sgr", "security-group-rule", "InvalidSecurityGroupRuleId.NotFound",
            "The security group rule ID '%s' does not exist", "InvalidSecurityGroupRuleId.Malformed"),
    NETWORK_INTERFACE("eni", "network-interface", "InvalidNetworkInterfaceID.NotFound",
            "The networkInterface ID '%s' does not exist", "InvalidNetworkInterfaceID.Malformed"),
    ROUTE_TABLE("rtb", "route-table", "InvalidRouteTableID.NotFound", "The routeTable ID '%s' does not exist",
            "InvalidRouteTableID.Malformed"),
    ROUTE_TABLE_ASSOCIATION("rtbassoc", "route-table-association", "InvalidAssociationID.NotFound",
            "The association ID '%s' does not exist", "InvalidAssociationID.Malformed"),
    INTERNET_GATEWAY("igw", "internet-gateway", "InvalidInternetGatewayID.NotFound",
            "The internetGateway ID '%s' does not exist", "InvalidInternetGatewayID.Malformed"),
    NETWORK_ACL("acl", "network-acl", "InvalidNetworkAclID.NotFound", "The network acl ID '%s' does not exist",
            "InvalidNetworkAclID.Malformed"),
    DHCP_OPTIONS("dopt", "dhcp-options", "InvalidDhcpOptionID.NotFound", "The dhcpOption ID '%s' does not exist",
            "InvalidDhcpOptionsId.Malformed"),
    VOLUME("vol", "volume", "InvalidVolume.NotFound", "The volume '%s' does not exist.",
            "InvalidVolumeID.Malformed"),
    SNAPSHOT("snap", "snapshot", "InvalidSnapshot.NotFound", "The snapshot '%s' does not exist.",
            "InvalidSnapshotID.Malformed"),
    ADDRESS("eipalloc", "elastic-ip", "InvalidAllocationID.NotFound", "The allocation ID '%s' does not exist",
            "InvalidAllocationID.Malformed"),
    ADDRESS_ASSOCIATION("eipassoc", "elastic-ip-association", "InvalidAssociationID.NotFound",
            "The association ID '%s' does not exist", "InvalidAssociationID.Malformed"),
    LAUNCH_TEMPLATE("lt", "launch-template", "InvalidLaunchTemplateId.NotFound",
            "The specified launch template, with template ID %s, does not exist.",
            "InvalidLaunchTemplateId.Malformed");

    private final String prefix;
    private final String tagResourceType;
    private final String notFoundCode;
    private final String notFoundMessage;
    private final String malformedCode;

    ResourceKind(String prefix, String tagResourceType, String notFoundCode, String notFoundMessage,
                 String malformedCode) {
        this.prefix = prefix;
        this.tagResourceType = tagResourceType;
        this.notFoundCode = notFoundCode;
        this.notFoundMessage = notFoundMessage;
        this.malformedCode = malformedCode;
    }

    /** The id prefix without the dash ("i", "vol"). */
    public String prefix() {
        return prefix;
    }

    /** The resource type DescribeTags and tag specifications use ("instance", "security-group"). */
    public String tagResourceType() {
        return tagResourceType;
    }

    public AwsException notFound(String awsId) {
        return AwsException.badRequest(notFoundCode, String.format(notFoundMessage, awsId));
    }

    public AwsException malformed(String awsId) {
        return AwsException.badRequest(malformedCode, "Invalid id: \"" + awsId + "\"");
    }

    /** The kind whose ids start with this id's prefix, or null. */
    public static ResourceKind ofId(String awsId) {
        int dash = awsId == null ? -1 : awsId.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String prefix = awsId.substring(0, dash);
        for (ResourceKind kind : values()) {
            if (kind.prefix.equals(prefix)) {
                return kind;
            }
        }
        return null;
    }

    /** Whether the text is shaped like an id of this kind: prefix, dash, 8 or 17 lower-case hex digits. */
    public boolean isWellFormed(String awsId) {
        if (awsId == null || !awsId.startsWith(prefix + "-")) {
            return false;
        }
        int length = awsId.length() - prefix.length() - 1;
        if (length != 8 && length != 17) {
            return false;
        }
        for (int i = prefix.length() + 1; i < awsId.length(); i++) {
            char c = awsId.charAt(i);
            if (Character.digit(c, 16) < 0 || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
