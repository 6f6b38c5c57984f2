package io.cloudgate.ec2.ops.network.groups;

import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.ops.network.SdkTags;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** DescribeSecurityGroups' filters, the ip-permission.* ones over ingress and egress.ip-permission.* over egress. */
final class GroupFilters {
    private GroupFilters() {
    }

    /**
     * @param groupNames group names by group id, for ip-permission.group-name
     */
    static Filters<SecurityGroup> of(Map<String, String> groupNames) {
        Map<String, Function<SecurityGroup, Collection<String>>> fields = new HashMap<>(Map.of(
                "group-id", one(SecurityGroup::groupId),
                "group-name", one(SecurityGroup::groupName),
                "description", one(SecurityGroup::description),
                "vpc-id", one(SecurityGroup::vpcId),
                "owner-id", one(SecurityGroup::ownerId)));
        addPermissionFilters(fields, "ip-permission.", SecurityGroup::ipPermissions, groupNames);
        addPermissionFilters(fields, "egress.ip-permission.", SecurityGroup::ipPermissionsEgress, groupNames);
        return new Filters<>(fields, group -> SdkTags.asMap(group.tags()));
    }

    private static void addPermissionFilters(Map<String, Function<SecurityGroup, Collection<String>>> fields,
                                             String prefix, Function<SecurityGroup, List<IpPermission>> direction,
                                             Map<String, String> groupNames) {
        fields.put(prefix + "cidr", values(direction, permission -> permission.ipRanges().stream()
                .map(range -> range.cidrIp())));
        fields.put(prefix + "ipv6-cidr", values(direction, permission -> permission.ipv6Ranges().stream()
                .map(range -> range.cidrIpv6())));
        fields.put(prefix + "from-port", values(direction, permission -> Stream.of(permission.fromPort())));
        fields.put(prefix + "to-port", values(direction, permission -> Stream.of(permission.toPort())));
        fields.put(prefix + "protocol", values(direction, permission -> Stream.of(permission.ipProtocol())));
        fields.put(prefix + "group-id", values(direction, permission -> permission.userIdGroupPairs().stream()
                .map(UserIdGroupPair::groupId)));
        fields.put(prefix + "group-name", values(direction, permission -> permission.userIdGroupPairs().stream()
                .map(pair -> groupNames.get(pair.groupId()))));
        fields.put(prefix + "user-id", values(direction, permission -> permission.userIdGroupPairs().stream()
                .map(UserIdGroupPair::userId)));
        fields.put(prefix + "prefix-list-id", values(direction, permission -> permission.prefixListIds().stream()
                .map(prefixList -> prefixList.prefixListId())));
    }

    private static Function<SecurityGroup, Collection<String>> values(
            Function<SecurityGroup, List<IpPermission>> direction, Function<IpPermission, Stream<?>> field) {
        return group -> direction.apply(group).stream()
                .flatMap(field)
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .toList();
    }
}
