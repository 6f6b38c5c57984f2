package io.cloudgate.ec2.ops.network.routes;

import static io.cloudgate.ec2.ops.network.FilterValues.each;
import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Subnet;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.RequestedIds;
import io.cloudgate.ec2.ops.network.SdkTags;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsResponse;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.RuleAction;

/**
 * DescribeNetworkAcls: each VPC's default ACL, allowing all traffic both ways (rule 100) over the
 * catch-all deny (rule 32767), associated with every subnet of the VPC.
 */
public final class DescribeNetworkAcls implements Operation<DescribeNetworkAclsRequest, DescribeNetworkAclsResponse> {
    private static final int CATCH_ALL_RULE = 32767;
    private static final Filters<NetworkAcl> FILTERS = new Filters<>(Map.of(
            "network-acl-id", one(NetworkAcl::networkAclId),
            "vpc-id", one(NetworkAcl::vpcId),
            "default", one(NetworkAcl::isDefault),
            "owner-id", one(NetworkAcl::ownerId),
            "association.subnet-id", each(NetworkAcl::associations, NetworkAclAssociation::subnetId),
            "association.association-id",
            each(NetworkAcl::associations, NetworkAclAssociation::networkAclAssociationId),
            "association.network-acl-id", each(NetworkAcl::associations, NetworkAclAssociation::networkAclId),
            "entry.rule-number", each(NetworkAcl::entries, NetworkAclEntry::ruleNumber),
            "entry.rule-action", each(NetworkAcl::entries, NetworkAclEntry::ruleActionAsString),
            "entry.egress", each(NetworkAcl::entries, NetworkAclEntry::egress)),
            acl -> SdkTags.asMap(acl.tags()));

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final VpcFixtures fixtures;

    public DescribeNetworkAcls(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.fixtures = new VpcFixtures(context.ids());
    }

    @Override
    public DescribeNetworkAclsResponse handle(DescribeNetworkAclsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<Subnet> subnets = lookup.subnets(account);
        List<NetworkAcl> acls = lookup.networks(account).stream()
                .map(network -> defaultAcl(account, network, subnets, tags))
                .sorted(Comparator.comparing(NetworkAcl::networkAclId))
                .toList();
        var wanted = RequestedIds.check(ResourceKind.NETWORK_ACL, request.networkAclIds(),
                acls.stream().map(NetworkAcl::networkAclId).toList());
        List<NetworkAcl> matching = acls.stream()
                .filter(acl -> wanted.test(acl.networkAclId()))
                .filter(matcher)
                .toList();
        Page<NetworkAcl> page = Page.of(matching, NetworkAcl::networkAclId, request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeNetworkAclsResponse.builder().networkAcls(page.items()).nextToken(page.nextToken()).build();
    }

    private NetworkAcl defaultAcl(String account, Network network, List<Subnet> subnets,
                                  Map<String, Map<String, String>> tags) {
        String aclId = fixtures.defaultNetworkAclId(network);
        List<NetworkAclAssociation> associations = subnets.stream()
                .filter(subnet -> subnet.networkId().equals(network.id()))
                .map(subnet -> lookup.subnetId(subnet.id()))
                .sorted()
                .map(subnetId -> NetworkAclAssociation.builder()
                        .networkAclAssociationId(VpcFixtures.associationId("aclassoc", subnetId))
                        .networkAclId(aclId)
                        .subnetId(subnetId)
                        .build())
                .toList();
        return NetworkAcl.builder()
                .networkAclId(aclId)
                .vpcId(lookup.vpcId(network.id()))
                .ownerId(account)
                .isDefault(true)
                .associations(associations)
                .entries(entry(100, RuleAction.ALLOW, false), entry(CATCH_ALL_RULE, RuleAction.DENY, false),
                        entry(100, RuleAction.ALLOW, true), entry(CATCH_ALL_RULE, RuleAction.DENY, true))
                .tags(TagSpecifications.toSdk(tags.getOrDefault(aclId, Map.of())))
                .build();
    }

    private static NetworkAclEntry entry(int ruleNumber, RuleAction action, boolean egress) {
        return NetworkAclEntry.builder().ruleNumber(ruleNumber).protocol("-1").ruleAction(action).egress(egress)
                .cidrBlock("0.0.0.0/0").build();
    }
}
