package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.ops.network.NetworkLookup;

/**
 * Finds the group a request names: by GroupId anywhere in the account, or by GroupName in the default
 * VPC, which is where AWS looks names up (groups of other VPCs must be named by id).
 */
final class GroupRefs {
    private final NetworkLookup lookup;

    GroupRefs(NetworkLookup lookup) {
        this.lookup = lookup;
    }

    SecurityGroup resolve(String account, String groupId, String groupName) {
        if (groupId != null) {
            return lookup.group(account, groupId);
        }
        if (groupName == null) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter groupName or groupId");
        }
        Network defaultNetwork = lookup.defaultNetwork(account);
        return inNetwork(account, defaultNetwork, groupName);
    }

    /** The group of that name in the network, or InvalidGroup.NotFound naming the VPC. */
    SecurityGroup inNetwork(String account, Network network, String groupName) {
        return lookup.groups(account).stream()
                .filter(group -> group.networkId().equals(network.id()) && group.name().equals(groupName))
                .findFirst()
                .orElseThrow(() -> AwsException.badRequest("InvalidGroup.NotFound", "The security group '" + groupName
                        + "' does not exist in " + (network.isDefault() ? "default " : "") + "VPC '"
                        + lookup.vpcId(network.id()) + "'"));
    }
}
