package io.cloudgate.ec2.ops.network.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An account's route tables and internet gateways: EC2-only resources (the cloud routes by itself), kept by
 * the gateway in one document per account so that checks spanning several of them (a subnet has one explicit
 * association, a VPC one gateway) and the change they guard are one compare-and-set write. Ids are AWS ids.
 * A VPC's main table is stored only once its routes were changed; until then it is derived (see
 * {@link RoutingStore}). Local routes are never stored: every table has one for its VPC's block.
 */
public record RoutingState(List<TableDoc> tables, List<GatewayDoc> gateways) {
    /** A route table; main tables have the VPC's main association, others only explicit ones. */
    public record TableDoc(String id, String vpcId, boolean main, List<RouteDoc> routes,
                           List<AssociationDoc> associations) {
        TableDoc withRoutes(List<RouteDoc> changed) {
            return new TableDoc(id, vpcId, main, List.copyOf(changed), associations);
        }

        TableDoc withAssociations(List<AssociationDoc> changed) {
            return new TableDoc(id, vpcId, main, routes, List.copyOf(changed));
        }

        Optional<RouteDoc> route(String destination) {
            return routes.stream().filter(route -> route.destination().equals(destination)).findFirst();
        }
    }

    /** A route to an internet gateway, for an IPv4 or IPv6 destination block. */
    public record RouteDoc(String destination, boolean ipv6, String gatewayId) {
    }

    /** An explicit association of a table with a subnet. */
    public record AssociationDoc(String id, String subnetId) {
    }

    /** An internet gateway and the VPC it is attached to (null when detached). */
    public record GatewayDoc(String id, String vpcId) {
    }

    public Optional<TableDoc> table(String tableId) {
        return tables.stream().filter(table -> table.id().equals(tableId)).findFirst();
    }

    public Optional<GatewayDoc> gateway(String gatewayId) {
        return gateways.stream().filter(gateway -> gateway.id().equals(gatewayId)).findFirst();
    }

    /** The gateway attached to the VPC, if any. */
    public Optional<GatewayDoc> gatewayOf(String vpcId) {
        return gateways.stream().filter(gateway -> vpcId.equals(gateway.vpcId())).findFirst();
    }

    /** The explicit association of the subnet and its table, if any. */
    public Optional<TableDoc> tableAssociatedWith(String subnetId) {
        return tables.stream().filter(table -> table.associations().stream()
                .anyMatch(association -> association.subnetId().equals(subnetId))).findFirst();
    }

    RoutingState withTable(TableDoc table) {
        List<TableDoc> changed = new ArrayList<>(tables.stream().filter(t -> !t.id().equals(table.id())).toList());
        changed.add(table);
        return new RoutingState(List.copyOf(changed), gateways);
    }

    RoutingState withoutTables(Predicate<TableDoc> gone) {
        return new RoutingState(tables.stream().filter(gone.negate()).toList(), gateways);
    }

    RoutingState withGateway(GatewayDoc gateway) {
        List<GatewayDoc> changed = new ArrayList<>(gateways.stream().filter(g -> !g.id().equals(gateway.id()))
                .toList());
        changed.add(gateway);
        return new RoutingState(tables, List.copyOf(changed));
    }

    RoutingState withoutGateway(String gatewayId) {
        return new RoutingState(tables, gateways.stream().filter(g -> !g.id().equals(gatewayId)).toList());
    }

    /** Every table changed alike (for removing a deleted subnet's association). */
    RoutingState mapTables(UnaryOperator<TableDoc> change) {
        return new RoutingState(tables.stream().map(change).toList(), gateways);
    }
}
