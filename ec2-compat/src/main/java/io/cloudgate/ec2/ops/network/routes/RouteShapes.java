package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import io.cloudgate.ec2.ops.network.routes.RoutingState.GatewayDoc;
import io.cloudgate.ec2.ops.network.routes.RoutingState.RouteDoc;
import io.cloudgate.ec2.ops.network.routes.RoutingState.TableDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteOrigin;
import software.amazon.awssdk.services.ec2.model.RouteState;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationState;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationStateCode;

/**
 * Route tables and internet gateways in EC2's shapes. A route is active while its gateway is attached to
 * the table's VPC and a blackhole otherwise; an attached gateway's attachment is "available", as AWS shows it.
 */
final class RouteShapes {
    private RouteShapes() {
    }

    static RouteTable table(String account, TableDoc table, Network network, RoutingState state,
                            Map<String, String> tags) {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.builder().destinationCidrBlock(network.cidr()).gatewayId("local")
                .origin(RouteOrigin.CREATE_ROUTE_TABLE).state(RouteState.ACTIVE).build());
        for (RouteDoc route : table.routes()) {
            boolean attached = state.gateway(route.gatewayId())
                    .map(gateway -> table.vpcId().equals(gateway.vpcId())).orElse(false);
            Route.Builder shape = Route.builder().gatewayId(route.gatewayId()).origin(RouteOrigin.CREATE_ROUTE)
                    .state(attached ? RouteState.ACTIVE : RouteState.BLACKHOLE);
            routes.add(route.ipv6() ? shape.destinationIpv6CidrBlock(route.destination()).build()
                    : shape.destinationCidrBlock(route.destination()).build());
        }
        List<RouteTableAssociation> associations = new ArrayList<>();
        if (table.main()) {
            associations.add(association(VpcFixtures.associationId("rtbassoc", table.id()), table.id(), null)
                    .main(true).build());
        }
        table.associations().forEach(association -> associations.add(
                association(association.id(), table.id(), association.subnetId()).main(false).build()));
        return RouteTable.builder()
                .routeTableId(table.id())
                .vpcId(table.vpcId())
                .ownerId(account)
                .routes(routes)
                .associations(associations)
                .propagatingVgws(List.of())
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }

    static RouteTableAssociation.Builder association(String associationId, String tableId, String subnetId) {
        return RouteTableAssociation.builder()
                .routeTableAssociationId(associationId)
                .routeTableId(tableId)
                .subnetId(subnetId)
                .associationState(RouteTableAssociationState.builder()
                        .state(RouteTableAssociationStateCode.ASSOCIATED).build());
    }

    static InternetGateway gateway(String account, GatewayDoc gateway, Map<String, String> tags) {
        return InternetGateway.builder()
                .internetGatewayId(gateway.id())
                .ownerId(account)
                .attachments(gateway.vpcId() == null ? List.of() : List.of(InternetGatewayAttachment.builder()
                        .vpcId(gateway.vpcId()).state("available").build()))
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }
}
