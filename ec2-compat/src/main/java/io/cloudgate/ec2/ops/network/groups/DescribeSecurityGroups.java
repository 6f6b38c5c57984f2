package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** DescribeSecurityGroups: by GroupIds, GroupNames (default VPC) and filters, paged. */
public final class DescribeSecurityGroups
        implements Operation<DescribeSecurityGroupsRequest, DescribeSecurityGroupsResponse> {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final GroupRefs refs;
    private final GroupView view;

    public DescribeSecurityGroups(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.refs = new GroupRefs(lookup);
        this.view = new GroupView(context);
    }

    @Override
    public DescribeSecurityGroupsResponse handle(DescribeSecurityGroupsRequest request,
                                                 RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<io.cloudgate.compute.SecurityGroup> groups = lookup.groups(account);
        Map<String, String> names = groups.stream()
                .collect(Collectors.toMap(view::groupId, io.cloudgate.compute.SecurityGroup::name));
        var matcher = GroupFilters.of(names).matcher(request.filters());
        Set<String> wanted = new HashSet<>();
        for (String groupId : request.groupIds()) {
            wanted.add(view.groupId(lookup.group(account, groupId)));
        }
        if (!request.groupNames().isEmpty()) {
            Network defaultNetwork = lookup.defaultNetwork(account);
            for (String name : request.groupNames()) {
                wanted.add(view.groupId(refs.inNetwork(account, defaultNetwork, name)));
            }
        }
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<SecurityGroup> matching = groups.stream()
                .map(group -> view.toSdk(account, group, tags.getOrDefault(view.groupId(group), Map.of())))
                .filter(group -> wanted.isEmpty() || wanted.contains(group.groupId()))
                .filter(matcher)
                .sorted(Comparator.comparing(SecurityGroup::groupId))
                .toList();
        Page<SecurityGroup> page = Page.of(matching, SecurityGroup::groupId, request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeSecurityGroupsResponse.builder().securityGroups(page.items())
                .nextToken(page.nextToken()).build();
    }
}
