package io.cloudgate.ec2.ops.network.routes;

import static io.cloudgate.ec2.ops.network.FilterValues.each;
import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.RequestedIds;
import io.cloudgate.ec2.ops.network.SdkTags;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteOrigin;
import software.amazon.awssdk.services.ec2.model.RouteState;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationState;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationStateCode;

/**
 * DescribeRouteTables: each VPC's main route table, with the local route for the VPC's block and, in the
 * default VPC, a default route to its internet gateway. Subnets use the main table implicitly, so it has
 * no subnet associations, as on AWS.
 */
public final class DescribeRouteTables implements Operation<DescribeRouteTablesRequest, DescribeRouteTablesResponse> {
    private static final Filters<RouteTable> FILTERS = new Filters<>(Map.ofEntries(
            Map.entry("route-table-id", one(RouteTable::routeTableId)),
            Map.entry("vpc-id", one(RouteTable::vpcId)),
            Map.entry("owner-id", one(RouteTable::ownerId)),
            Map.entry("association.main", each(RouteTable::associations, RouteTableAssociation::main)),
            Map.entry("association.route-table-association-id",
                    each(RouteTable::associations, RouteTableAssociation::routeTableAssociationId)),
            Map.entry("association.route-table-id",
                    each(RouteTable::associations, RouteTableAssociation::routeTableId)),
            Map.entry("association.subnet-id", each(RouteTable::associations, RouteTableAssociation::subnetId)),
            Map.entry("association.gateway-id", each(RouteTable::associations, RouteTableAssociation::gatewayId)),
            Map.entry("route.destination-cidr-block", each(RouteTable::routes, Route::destinationCidrBlock)),
            Map.entry("route.gateway-id", each(RouteTable::routes, Route::gatewayId)),
            Map.entry("route.origin", each(RouteTable::routes, Route::originAsString)),
            Map.entry("route.state", each(RouteTable::routes, Route::stateAsString))),
            table -> SdkTags.asMap(table.tags()));

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final VpcFixtures fixtures;

    public DescribeRouteTables(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.fixtures = new VpcFixtures(context.ids());
    }

    @Override
    public DescribeRouteTablesResponse handle(DescribeRouteTablesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<RouteTable> tables = lookup.networks(account).stream()
                .map(network -> mainTable(account, network, tags))
                .sorted(Comparator.comparing(RouteTable::routeTableId))
                .toList();
        var wanted = RequestedIds.check(ResourceKind.ROUTE_TABLE, request.routeTableIds(),
                tables.stream().map(RouteTable::routeTableId).toList());
        List<RouteTable> matching = tables.stream()
                .filter(table -> wanted.test(table.routeTableId()))
                .filter(matcher)
                .toList();
        Page<RouteTable> page = Page.of(matching, RouteTable::routeTableId, request.maxResults(),
                request.nextToken(), 5, 100);
        return DescribeRouteTablesResponse.builder().routeTables(page.items()).nextToken(page.nextToken()).build();
    }

    private RouteTable mainTable(String account, Network network, Map<String, Map<String, String>> tags) {
        String tableId = fixtures.mainRouteTableId(network);
        List<Route> routes = new ArrayList<>();
        routes.add(Route.builder().destinationCidrBlock(network.cidr()).gatewayId("local")
                .origin(RouteOrigin.CREATE_ROUTE_TABLE).state(RouteState.ACTIVE).build());
        fixtures.internetGatewayId(network).ifPresent(gatewayId -> routes.add(Route.builder()
                .destinationCidrBlock("0.0.0.0/0").gatewayId(gatewayId)
                .origin(RouteOrigin.CREATE_ROUTE).state(RouteState.ACTIVE).build()));
        return RouteTable.builder()
                .routeTableId(tableId)
                .vpcId(lookup.vpcId(network.id()))
                .ownerId(account)
                .routes(routes)
                .associations(RouteTableAssociation.builder()
                        .main(true)
                        .routeTableAssociationId(VpcFixtures.associationId("rtbassoc", tableId))
                        .routeTableId(tableId)
                        .associationState(RouteTableAssociationState.builder()
                                .state(RouteTableAssociationStateCode.ASSOCIATED).build())
                        .build())
                .propagatingVgws(List.of())
                .tags(TagSpecifications.toSdk(tags.getOrDefault(tableId, Map.of())))
                .build();
    }
}
