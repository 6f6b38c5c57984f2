package io.cloudgate.ec2.ops.network.subnets;

import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Zone;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.SdkTags;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * DescribeSubnets: the default subnets (one per zone) and the account's own, by id and filters, paged.
 * The camel-case filter names ("availabilityZone", "defaultForAz", "cidrBlock") are the ones Terraform's
 * data sources send; AWS accepts them alongside the documented names.
 */
public final class DescribeSubnets implements Operation<DescribeSubnetsRequest, DescribeSubnetsResponse> {
    private static final Filters<Subnet> FILTERS = new Filters<>(Map.ofEntries(
            Map.entry("subnet-id", one(Subnet::subnetId)),
            Map.entry("subnet-arn", one(Subnet::subnetArn)),
            Map.entry("vpc-id", one(Subnet::vpcId)),
            Map.entry("availability-zone", one(Subnet::availabilityZone)),
            Map.entry("availabilityZone", one(Subnet::availabilityZone)),
            Map.entry("availability-zone-id", one(Subnet::availabilityZoneId)),
            Map.entry("availabilityZoneId", one(Subnet::availabilityZoneId)),
            Map.entry("cidr-block", one(Subnet::cidrBlock)),
            Map.entry("cidrBlock", one(Subnet::cidrBlock)),
            Map.entry("cidr", one(Subnet::cidrBlock)),
            Map.entry("default-for-az", one(Subnet::defaultForAz)),
            Map.entry("defaultForAz", one(Subnet::defaultForAz)),
            Map.entry("map-public-ip-on-launch", one(Subnet::mapPublicIpOnLaunch)),
            Map.entry("available-ip-address-count", one(Subnet::availableIpAddressCount)),
            Map.entry("ipv6-native", one(Subnet::ipv6Native)),
            Map.entry("ipv6-cidr-block-association.ipv6-cidr-block", subnet -> List.of()),
            Map.entry("owner-id", one(Subnet::ownerId)),
            Map.entry("state", one(Subnet::stateAsString))),
            subnet -> SdkTags.asMap(subnet.tags()));

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final SubnetView view;

    public DescribeSubnets(Ec2Context context, SubnetAttributes attributes) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.view = new SubnetView(context, attributes);
    }

    @Override
    public DescribeSubnetsResponse handle(DescribeSubnetsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        Set<String> wanted = new HashSet<>();
        for (String subnetId : request.subnetIds()) {
            lookup.subnet(account, subnetId);
            wanted.add(subnetId);
        }
        List<Zone> zones = context.compute().zones().list();
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<Subnet> subnets = lookup.subnets(account).stream()
                .map(subnet -> view.toSdk(account, subnet, zones,
                        tags.getOrDefault(lookup.subnetId(subnet.id()), Map.of())))
                .filter(subnet -> wanted.isEmpty() || wanted.contains(subnet.subnetId()))
                .filter(matcher)
                .sorted(Comparator.comparing(Subnet::subnetId))
                .toList();
        Page<Subnet> page = Page.of(subnets, Subnet::subnetId, request.maxResults(), request.nextToken(), 5, 1000);
        return DescribeSubnetsResponse.builder().subnets(page.items()).nextToken(page.nextToken()).build();
    }
}
