package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.Ipv4Block;
import io.cloudgate.ec2.ops.network.Ipv6Block;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.routes.RoutingState.GatewayDoc;
import io.cloudgate.ec2.ops.network.routes.RoutingState.RouteDoc;
import io.cloudgate.ec2.ops.network.routes.RoutingState.TableDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CreateRoute, ReplaceRoute and DeleteRoute. Routes lead to internet gateways attached to the table's VPC
 * (the targets this cloud has); the local route of the VPC's block is fixed. Editing a VPC's main table stores
 * it from then on.
 */
final class Routes {
    private final NetworkLookup lookup;
    private final RoutingStore routing;
    private final RouteTables tables;

    /** What a route request names: one destination block and its target. */
    record Request(String tableId, String cidr, String ipv6Cidr, String gatewayId, List<String> otherTargets,
                   Boolean dryRun) {
    }

    Routes(Ec2Context context) {
        this.lookup = new NetworkLookup(context);
        this.routing = new RoutingStore(context);
        this.tables = new RouteTables(context);
    }

    void create(String account, Request request) {
        change(account, request, true, (table, routes, route) -> {
            if (table.route(route.destination()).isPresent()) {
                throw AwsException.badRequest("RouteAlreadyExists",
                        "The route identified by " + route.destination() + " already exists.");
            }
            routes.add(route);
        });
    }

    void replace(String account, Request request) {
        change(account, request, true, (table, routes, route) -> {
            int index = routes.indexOf(table.route(route.destination()).orElseThrow(() -> AwsException.badRequest(
                    "InvalidParameterValue", "There is no route defined for '" + route.destination()
                            + "' in the route table. Use CreateRoute instead.")));
            routes.set(index, route);
        });
    }

    void delete(String account, Request request) {
        change(account, request, false, (table, routes, route) -> {
            RouteDoc existing = table.route(route.destination()).orElseThrow(() -> AwsException.badRequest(
                    "InvalidRoute.NotFound", "no route with destination-cidr-block " + route.destination()
                            + " in route table " + request.tableId()));
            routes.remove(existing);
        });
    }

    /** One edit of a table's route list. */
    @FunctionalInterface
    private interface Edit {
        void apply(TableDoc table, List<RouteDoc> routes, RouteDoc route);
    }

    private void change(String account, Request request, boolean needsTarget, Edit edit) {
        InternetGateways.required(request.tableId(), "routeTableId");
        boolean ipv6 = request.ipv6Cidr() != null;
        String destination = destination(request);
        List<Network> networks = lookup.networks(account);
        routing.update(account, state -> {
            RouteTables.Located located = tables.locate(state, networks, request.tableId());
            if (!ipv6 && destination.equals(located.network().cidr())) {
                throw needsTarget ? AwsException.badRequest("RouteAlreadyExists", "The route identified by "
                        + destination + " already exists.")
                        : AwsException.badRequest("InvalidParameterValue", "cannot remove local route " + destination
                                + " in route table " + request.tableId());
            }
            String gatewayId = needsTarget ? target(state, request, located.table()) : null;
            List<RouteDoc> routes = new ArrayList<>(located.table().routes());
            edit.apply(located.table(), routes, new RouteDoc(destination, ipv6, gatewayId));
            DryRun.check(request.dryRun());
            return state.withTable(located.table().withRoutes(routes));
        });
    }

    private static String destination(Request request) {
        if (request.cidr() != null && request.ipv6Cidr() != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "Only one of destinationCidrBlock or destinationIpv6CidrBlock may be given.");
        }
        if (request.cidr() != null) {
            return Ipv4Block.parse(request.cidr()).map(block -> request.cidr()).orElseThrow(() ->
                    AwsException.badRequest("InvalidParameterValue", "Value (" + request.cidr()
                            + ") for parameter destinationCidrBlock is invalid. This is not a valid CIDR block."));
        }
        if (request.ipv6Cidr() != null) {
            return Ipv6Block.parse(request.ipv6Cidr()).orElseThrow(() -> AwsException.badRequest(
                    "InvalidParameterValue", "Value (" + request.ipv6Cidr()
                            + ") for parameter destinationIpv6CidrBlock is invalid. This is not a valid CIDR block."));
        }
        throw AwsException.badRequest("MissingParameter",
                "The request must contain the parameter destinationCidrBlock or destinationIpv6CidrBlock");
    }

    /** The route's gateway: an internet gateway of the account, attached to the table's VPC. */
    private static String target(RoutingState state, Request request, TableDoc table) {
        long targets = Stream.concat(Stream.of(request.gatewayId()), request.otherTargets().stream())
                .filter(target -> target != null).count();
        if (targets != 1) {
            throw AwsException.badRequest("InvalidParameterCombination", "The parameter combination is not "
                    + "valid: exactly one route target (gatewayId, natGatewayId, instanceId...) must be given.");
        }
        if (request.gatewayId() == null) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Only internet gateways (igw-) can be route targets in this cloud.");
        }
        GatewayDoc gateway = InternetGateways.existing(state, request.gatewayId());
        if (!table.vpcId().equals(gateway.vpcId())) {
            throw AwsException.badRequest("InvalidParameterValue", "route table " + table.id()
                    + " and network gateway " + gateway.id() + " belong to different networks");
        }
        return gateway.id();
    }
}
