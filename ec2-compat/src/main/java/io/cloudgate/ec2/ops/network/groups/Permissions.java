package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.ops.network.Ipv4Block;
import io.cloudgate.ec2.ops.network.Ipv6Block;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * Turns IpPermissions (and the legacy top-level CidrIp/IpProtocol/ports/SourceSecurityGroupName) into
 * the port's rules, one per peer: each CIDR and each referenced group of a permission is its own rule.
 * Referenced groups must be the caller's own and in the same VPC as the group being changed.
 */
final class Permissions {
    private static final int MAX_DESCRIPTION = 255;

    private final NetworkLookup lookup;
    private final GroupRefs refs;

    Permissions(NetworkLookup lookup) {
        this.lookup = lookup;
        this.refs = new GroupRefs(lookup);
    }

    /** The legacy parameters as one permission, or none when they are absent. */
    static List<IpPermission> legacy(String ipProtocol, Integer fromPort, Integer toPort, String cidrIp,
                                     String sourceGroupName, String sourceGroupOwnerId) {
        if (ipProtocol == null && cidrIp == null && sourceGroupName == null) {
            return List.of();
        }
        IpPermission.Builder permission = IpPermission.builder()
                .ipProtocol(ipProtocol == null ? "-1" : ipProtocol).fromPort(fromPort).toPort(toPort);
        if (sourceGroupName != null) {
            permission.userIdGroupPairs(UserIdGroupPair.builder().groupName(sourceGroupName)
                    .userId(sourceGroupOwnerId).build());
        }
        if (cidrIp != null) {
            permission.ipRanges(IpRange.builder().cidrIp(cidrIp).build());
        }
        return List.of(permission.build());
    }

    /** The rules to add to or remove from {@code target}; ids are left null. */
    List<FirewallRule> parse(String account, SecurityGroup target, List<IpPermission> permissions) {
        if (permissions.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter ipPermissions");
        }
        List<FirewallRule> rules = new ArrayList<>();
        for (IpPermission permission : permissions) {
            Traffic traffic = Traffic.parse(permission.ipProtocol(), permission.fromPort(), permission.toPort());
            if (!permission.prefixListIds().isEmpty()) {
                String id = permission.prefixListIds().getFirst().prefixListId();
                throw AwsException.badRequest("InvalidPrefixListId.NotFound",
                        "The prefix list ID '" + id + "' does not exist");
            }
            for (IpRange range : permission.ipRanges()) {
                String cidr = Ipv4Block.parse(range.cidrIp()).map(block -> range.cidrIp())
                        .orElseThrow(() -> invalidCidr(range.cidrIp()));
                rules.add(rule(traffic, cidr, null, null, range.description()));
            }
            for (Ipv6Range range : permission.ipv6Ranges()) {
                String cidr = Ipv6Block.parse(range.cidrIpv6()).orElseThrow(() -> invalidCidr(range.cidrIpv6()));
                rules.add(rule(traffic, null, cidr, null, range.description()));
            }
            for (UserIdGroupPair pair : permission.userIdGroupPairs()) {
                rules.add(rule(traffic, null, null, peer(account, target, pair), pair.description()));
            }
        }
        if (rules.isEmpty()) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Each permission must name at least one CIDR block or security group.");
        }
        return rules;
    }

    private String peer(String account, SecurityGroup target, UserIdGroupPair pair) {
        String named = pair.groupId() != null ? pair.groupId() : pair.groupName();
        if (pair.userId() != null && !pair.userId().equals(account)) {
            throw AwsException.badRequest("InvalidGroup.NotFound", "The security group '" + named + "' does not exist");
        }
        SecurityGroup peer;
        if (pair.groupId() != null) {
            peer = lookup.group(account, pair.groupId());
        } else if (pair.groupName() != null) {
            Network network = lookup.networks(account).stream()
                    .filter(candidate -> candidate.id().equals(target.networkId()))
                    .findFirst()
                    .orElseThrow(() -> AwsException.badRequest("InvalidGroup.NotFound",
                            "The security group '" + pair.groupName() + "' does not exist"));
            peer = refs.inNetwork(account, network, pair.groupName());
        } else {
            throw AwsException.badRequest("MissingParameter", "Source group ID missing.");
        }
        if (!peer.networkId().equals(target.networkId())) {
            throw AwsException.badRequest("InvalidGroup.NotFound",
                    "You have specified two resources that belong to different networks.");
        }
        return peer.id();
    }

    private static FirewallRule rule(Traffic traffic, String cidrV4, String cidrV6, String groupId,
                                     String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw AwsException.badRequest("InvalidParameterValue", "Invalid rule description. Valid descriptions are "
                    + "strings less than 256 characters from the following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*");
        }
        return new FirewallRule(null, traffic.protocol(), traffic.fromPort(), traffic.toPort(), cidrV4, cidrV6,
                groupId, description == null || description.isEmpty() ? null : description);
    }

    private static AwsException invalidCidr(String cidr) {
        return AwsException.badRequest("InvalidParameterValue",
                "Value (" + cidr + ") for parameter cidrIp is invalid. This is not a valid CIDR block.");
    }
}
