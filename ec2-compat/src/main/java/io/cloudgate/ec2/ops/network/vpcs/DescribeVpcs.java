package io.cloudgate.ec2.ops.network.vpcs;

import static io.cloudgate.ec2.ops.network.FilterValues.each;
import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.SdkTags;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;

/** DescribeVpcs: the default VPC and the account's own, by id and AWS's filters, paged. */
public final class DescribeVpcs implements Operation<DescribeVpcsRequest, DescribeVpcsResponse> {
    private static final Filters<Vpc> FILTERS = new Filters<>(Map.ofEntries(
            Map.entry("vpc-id", one(Vpc::vpcId)),
            Map.entry("cidr", one(Vpc::cidrBlock)),
            Map.entry("cidr-block", one(Vpc::cidrBlock)),
            Map.entry("cidr-block-association.cidr-block",
                    each(Vpc::cidrBlockAssociationSet, VpcCidrBlockAssociation::cidrBlock)),
            Map.entry("cidr-block-association.association-id",
                    each(Vpc::cidrBlockAssociationSet, VpcCidrBlockAssociation::associationId)),
            Map.entry("cidr-block-association.state", each(Vpc::cidrBlockAssociationSet,
                    association -> association.cidrBlockState().stateAsString())),
            Map.entry("dhcp-options-id", one(Vpc::dhcpOptionsId)),
            Map.entry("is-default", one(Vpc::isDefault)),
            Map.entry("isDefault", one(Vpc::isDefault)),
            Map.entry("owner-id", one(Vpc::ownerId)),
            Map.entry("state", one(Vpc::stateAsString)),
            Map.entry("instance-tenancy", one(Vpc::instanceTenancyAsString))),
            vpc -> SdkTags.asMap(vpc.tags()));

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final VpcView view;

    public DescribeVpcs(Ec2Context context, VpcAttributes attributes) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.view = new VpcView(context, attributes);
    }

    @Override
    public DescribeVpcsResponse handle(DescribeVpcsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        Set<String> wanted = new HashSet<>();
        for (String vpcId : request.vpcIds()) {
            lookup.network(account, vpcId);
            wanted.add(vpcId);
        }
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<Vpc> vpcs = lookup.networks(account).stream()
                .map(network -> toVpc(account, network, tags))
                .filter(vpc -> wanted.isEmpty() || wanted.contains(vpc.vpcId()))
                .filter(matcher)
                .sorted(Comparator.comparing(Vpc::vpcId))
                .toList();
        Page<Vpc> page = Page.of(vpcs, Vpc::vpcId, request.maxResults(), request.nextToken(), 5, 1000);
        return DescribeVpcsResponse.builder().vpcs(page.items()).nextToken(page.nextToken()).build();
    }

    private Vpc toVpc(String account, Network network, Map<String, Map<String, String>> tags) {
        String vpcId = context.ids().toAws(ResourceKind.VPC, network.id());
        return view.toVpc(account, vpcId, network, tags.getOrDefault(vpcId, Map.of()));
    }
}
