package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Subnet;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import io.cloudgate.ec2.ops.network.routes.RoutingState.AssociationDoc;
import io.cloudgate.ec2.ops.network.routes.RoutingState.TableDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Creating and deleting route tables and associating them with subnets. A VPC's main table cannot be deleted
 * nor its main association removed; a table with subnets cannot be deleted; a subnet has at most one explicit
 * association (Resource.AlreadyAssociated).
 */
final class RouteTables {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final RoutingStore routing;
    private final VpcFixtures fixtures;

    /** A table as the account has it now, with its VPC. */
    record Located(TableDoc table, Network network) {
    }

    RouteTables(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.routing = new RoutingStore(context);
        this.fixtures = new VpcFixtures(context.ids());
    }

    RouteTable create(String account, String vpcId, List<TagSpecification> tagSpecifications, Boolean dryRun) {
        InternetGateways.required(vpcId, "vpcId");
        Network network = lookup.network(account, vpcId);
        Map<String, String> tags = TagSpecifications.of(tagSpecifications, "route-table");
        DryRun.check(dryRun);
        TableDoc table = new TableDoc(Ec2Ids.mint(ResourceKind.ROUTE_TABLE), vpcId, false, List.of(), List.of());
        RoutingState state = routing.update(account, current -> current.withTable(table));
        if (!tags.isEmpty()) {
            context.tags().put(account, table.id(), tags);
        }
        return RouteShapes.table(account, table, network, state, tags);
    }

    /** The table as it is now: what an earlier CreateRouteTable with the same client token answers. */
    RouteTable current(String account, String tableId) {
        RoutingState state = routing.read(account);
        Located located = locate(state, lookup.networks(account), tableId);
        return RouteShapes.table(account, located.table(), located.network(), state,
                context.tags().of(account, tableId));
    }

    void delete(String account, String tableId, Boolean dryRun) {
        InternetGateways.required(tableId, "routeTableId");
        List<Network> networks = lookup.networks(account);
        routing.update(account, state -> {
            TableDoc table = locate(state, networks, tableId).table();
            if (table.main() || !table.associations().isEmpty()) {
                throw AwsException.badRequest("DependencyViolation",
                        "The routeTable '" + tableId + "' has dependencies and cannot be deleted.");
            }
            DryRun.check(dryRun);
            return state.withoutTables(t -> t.id().equals(tableId));
        });
        context.tags().forget(account, tableId);
    }

    String associate(String account, String tableId, String subnetId, Boolean dryRun) {
        InternetGateways.required(tableId, "routeTableId");
        InternetGateways.required(subnetId, "subnetId");
        Subnet subnet = lookup.subnet(account, subnetId);
        List<Network> networks = lookup.networks(account);
        String associationId = Ec2Ids.mint(ResourceKind.ROUTE_TABLE_ASSOCIATION);
        routing.update(account, state -> {
            Located located = locate(state, networks, tableId);
            if (!located.network().id().equals(subnet.networkId())) {
                throw AwsException.badRequest("InvalidParameterValue",
                        "Route table " + tableId + " and subnet " + subnetId + " belong to different networks");
            }
            if (state.tableAssociatedWith(subnetId).isPresent()) {
                throw AwsException.badRequest("Resource.AlreadyAssociated", "the specified association for route "
                        + "table " + tableId + " conflicts with an existing association");
            }
            DryRun.check(dryRun);
            List<AssociationDoc> associations = new ArrayList<>(located.table().associations());
            associations.add(new AssociationDoc(associationId, subnetId));
            return state.withTable(located.table().withAssociations(associations));
        });
        return associationId;
    }

    void disassociate(String account, String associationId, Boolean dryRun) {
        requireSubnetAssociation(account, associationId, "cannot disassociate the main route table association ");
        routing.update(account, state -> {
            TableDoc table = holding(state, associationId);
            DryRun.check(dryRun);
            return state.withTable(withoutAssociation(table, associationId));
        });
    }

    /**
     * Moves a subnet's explicit association to another table of its VPC under a new association id, as
     * ReplaceRouteTableAssociation does (Terraform changes an aws_route_table_association's table this way).
     */
    String replaceAssociation(String account, String associationId, String tableId, Boolean dryRun) {
        InternetGateways.required(tableId, "routeTableId");
        requireSubnetAssociation(account, associationId,
                "replacing the main route table association is not supported in this cloud: ");
        List<Network> networks = lookup.networks(account);
        String replacement = Ec2Ids.mint(ResourceKind.ROUTE_TABLE_ASSOCIATION);
        routing.update(account, state -> {
            TableDoc current = holding(state, associationId);
            Located target = locate(state, networks, tableId);
            if (!target.table().vpcId().equals(current.vpcId())) {
                throw AwsException.badRequest("InvalidParameterValue", "Route table " + tableId
                        + " and association " + associationId + " belong to different networks");
            }
            String subnetId = current.associations().stream().filter(a -> a.id().equals(associationId))
                    .findFirst().orElseThrow().subnetId();
            DryRun.check(dryRun);
            RoutingState without = state.withTable(withoutAssociation(current, associationId));
            TableDoc targetNow = locate(without, networks, tableId).table();
            List<AssociationDoc> associations = new ArrayList<>(targetNow.associations());
            associations.add(new AssociationDoc(replacement, subnetId));
            return without.withTable(targetNow.withAssociations(associations));
        });
        return replacement;
    }

    private void requireSubnetAssociation(String account, String associationId, String mainMessage) {
        InternetGateways.required(associationId, "associationId");
        Ec2Ids.requireWellFormed(ResourceKind.ROUTE_TABLE_ASSOCIATION, associationId);
        boolean isMain = lookup.networks(account).stream().map(fixtures::mainRouteTableId)
                .anyMatch(tableId -> VpcFixtures.associationId("rtbassoc", tableId).equals(associationId));
        if (isMain) {
            throw AwsException.badRequest("InvalidParameterValue", mainMessage + associationId);
        }
    }

    private static TableDoc holding(RoutingState state, String associationId) {
        return state.tables().stream()
                .filter(t -> t.associations().stream().anyMatch(a -> a.id().equals(associationId)))
                .findFirst()
                .orElseThrow(() -> ResourceKind.ROUTE_TABLE_ASSOCIATION.notFound(associationId));
    }

    private static TableDoc withoutAssociation(TableDoc table, String associationId) {
        return table.withAssociations(table.associations().stream().filter(a -> !a.id().equals(associationId))
                .toList());
    }

    /** The table of that id among the account's VPCs (main tables included), or InvalidRouteTableID.NotFound. */
    Located locate(RoutingState state, List<Network> networks, String tableId) {
        Ec2Ids.requireWellFormed(ResourceKind.ROUTE_TABLE, tableId);
        for (Network network : networks) {
            TableDoc main = routing.mainTable(network, state);
            if (main.id().equals(tableId)) {
                return new Located(main, network);
            }
            String vpcId = lookup.vpcId(network.id());
            Optional<TableDoc> other = state.table(tableId).filter(t -> !t.main() && t.vpcId().equals(vpcId));
            if (other.isPresent()) {
                return new Located(other.get(), network);
            }
        }
        throw ResourceKind.ROUTE_TABLE.notFound(tableId);
    }
}
