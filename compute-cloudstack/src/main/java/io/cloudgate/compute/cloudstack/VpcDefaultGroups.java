package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import java.util.List;

/**
 * The one security group a CloudStack VPC has. CloudStack applies no security group inside a VPC: the network ACL
 * list of each tier filters its traffic. EC2 clients still expect a VPC to have its default group (a launch into a
 * subnet names it, or gets it), so each VPC shows one, made up from the VPC's id (nothing is stored). Its rules say
 * what the tiers really let through when they are made with {@code default_allow} (everything, both ways); with
 * any other list it shows none, and its description names the ACL list. It cannot be changed, and no other group
 * can be made in a VPC: pretending to enforce rules CloudStack ignores there would be worse than refusing.
 */
final class VpcDefaultGroups {
    private static final String PREFIX = "vpc-default-sg:";

    private VpcDefaultGroups() {
    }

    static String groupId(String vpcId) {
        return PREFIX + vpcId;
    }

    /** The VPC of a default group id, or null when the id is not one. */
    static String vpcOf(String groupId) {
        return groupId != null && groupId.startsWith(PREFIX) ? groupId.substring(PREFIX.length()) : null;
    }

    static SecurityGroup group(String tenant, JsonNode vpc, String tierAcl, boolean allowsAll) {
        String vpcId = Fields.text(vpc, "id");
        String description = "Default group of a CloudStack VPC: the network ACL list " + tierAcl + " of its subnets"
                + " filters their traffic; security groups do not apply";
        List<FirewallRule> open = allowsAll ? List.of(new FirewallRule(groupId(vpcId) + ":all", "-1", null, null,
                "0.0.0.0/0", null, null, "network ACL " + tierAcl)) : List.of();
        return new SecurityGroup(groupId(vpcId), tenant, vpcId, "default", description, open, open);
    }

    static ComputeException aclsOnly() {
        return new ComputeException(Kind.INVALID_ARGUMENT, "CloudStack VPCs filter traffic with network ACLs, not"
                + " security groups: a VPC has only its default group, which cannot be changed here");
    }
}
