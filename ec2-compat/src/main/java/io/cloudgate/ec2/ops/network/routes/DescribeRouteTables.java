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
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.RequestedIds;
import io.cloudgate.ec2.ops.network.SdkTags;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;

/**
 * DescribeRouteTables: each VPC's main table (the local route, and in the default VPC a default route to its
 * internet gateway, until changed) and the tables created in it, with their subnet associations. Subnets
 * without an explicit association use the main table implicitly, so it lists none for them, as on AWS.
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
            Map.entry("route.destination-ipv6-cidr-block",
                    each(RouteTable::routes, Route::destinationIpv6CidrBlock)),
            Map.entry("route.gateway-id", each(RouteTable::routes, Route::gatewayId)),
            Map.entry("route.origin", each(RouteTable::routes, Route::originAsString)),
            Map.entry("route.state", each(RouteTable::routes, Route::stateAsString))),
            table -> SdkTags.asMap(table.tags()));

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final RoutingStore routing;

    public DescribeRouteTables(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.routing = new RoutingStore(context);
    }

    @Override
    public DescribeRouteTablesResponse handle(DescribeRouteTablesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<Network> networks = lookup.networks(account);
        Map<String, Network> byVpcId = networks.stream()
                .collect(Collectors.toMap(network -> lookup.vpcId(network.id()), Function.identity()));
        RoutingState state = routing.read(account);
        List<RouteTable> tables = routing.tables(state, networks).stream()
                .map(table -> RouteShapes.table(account, table, byVpcId.get(table.vpcId()), state,
                        tags.getOrDefault(table.id(), Map.of())))
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
}
