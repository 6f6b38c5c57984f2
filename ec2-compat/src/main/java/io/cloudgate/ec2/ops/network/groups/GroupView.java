package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ReferencedSecurityGroup;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * Port groups and rules in AWS's two shapes: DescribeSecurityGroups' IpPermissions, where rules of the
 * same protocol and ports share one permission, and DescribeSecurityGroupRules' one rule per peer with
 * its sgr- id. All-traffic and portless protocols carry no ports in the first shape and -1 in the second.
 */
final class GroupView {
    private final Ec2Context context;

    GroupView(Ec2Context context) {
        this.context = context;
    }

    String groupId(SecurityGroup group) {
        return context.ids().toAws(ResourceKind.SECURITY_GROUP, group.id());
    }

    String ruleId(FirewallRule rule) {
        return context.ids().toAws(ResourceKind.SECURITY_GROUP_RULE, rule.id());
    }

    String groupArn(String account, String groupId) {
        return "arn:aws:ec2:" + context.region() + ":" + account + ":security-group/" + groupId;
    }

    software.amazon.awssdk.services.ec2.model.SecurityGroup toSdk(String account, SecurityGroup group,
                                                                  Map<String, String> tags) {
        String groupId = groupId(group);
        return software.amazon.awssdk.services.ec2.model.SecurityGroup.builder()
                .groupId(groupId)
                .groupName(group.name())
                .description(group.description())
                .vpcId(context.ids().toAws(ResourceKind.VPC, group.networkId()))
                .ownerId(account)
                .securityGroupArn(groupArn(account, groupId))
                .ipPermissions(permissions(account, group.ingress()))
                .ipPermissionsEgress(permissions(account, group.egress()))
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }

    /** Rules grouped by protocol and ports, in the order each combination first appears. */
    List<IpPermission> permissions(String account, List<FirewallRule> rules) {
        Map<List<Object>, List<FirewallRule>> byTraffic = new LinkedHashMap<>();
        for (FirewallRule rule : rules) {
            byTraffic.computeIfAbsent(java.util.Arrays.asList(rule.protocol(), rule.fromPort(), rule.toPort()),
                    key -> new ArrayList<>()).add(rule);
        }
        List<IpPermission> permissions = new ArrayList<>();
        byTraffic.forEach((traffic, members) -> {
            FirewallRule first = members.getFirst();
            permissions.add(IpPermission.builder()
                    .ipProtocol(first.protocol())
                    .fromPort(first.fromPort())
                    .toPort(first.toPort())
                    .ipRanges(members.stream().filter(rule -> rule.cidrV4() != null)
                            .map(rule -> IpRange.builder().cidrIp(rule.cidrV4()).description(rule.description())
                                    .build()).toList())
                    .ipv6Ranges(members.stream().filter(rule -> rule.cidrV6() != null)
                            .map(rule -> Ipv6Range.builder().cidrIpv6(rule.cidrV6()).description(rule.description())
                                    .build()).toList())
                    .userIdGroupPairs(members.stream().filter(rule -> rule.groupId() != null)
                            .map(rule -> UserIdGroupPair.builder().userId(account)
                                    .groupId(context.ids().toAws(ResourceKind.SECURITY_GROUP, rule.groupId()))
                                    .description(rule.description()).build()).toList())
                    .prefixListIds(List.of())
                    .build());
        });
        return permissions;
    }

    SecurityGroupRule toRule(String account, SecurityGroup group, FirewallRule rule, boolean egress,
                             Map<String, String> tags) {
        String ruleId = ruleId(rule);
        String peerGroup = rule.groupId() == null ? null
                : context.ids().toAws(ResourceKind.SECURITY_GROUP, rule.groupId());
        return SecurityGroupRule.builder()
                .securityGroupRuleId(ruleId)
                .securityGroupRuleArn("arn:aws:ec2:" + context.region() + ":" + account + ":security-group-rule/"
                        + ruleId)
                .groupId(groupId(group))
                .groupOwnerId(account)
                .isEgress(egress)
                .ipProtocol(rule.protocol())
                .fromPort(Objects.requireNonNullElse(rule.fromPort(), -1))
                .toPort(Objects.requireNonNullElse(rule.toPort(), -1))
                .cidrIpv4(rule.cidrV4())
                .cidrIpv6(rule.cidrV6())
                .referencedGroupInfo(peerGroup == null ? null
                        : ReferencedSecurityGroup.builder().groupId(peerGroup).userId(account).build())
                .description(rule.description())
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }
}
