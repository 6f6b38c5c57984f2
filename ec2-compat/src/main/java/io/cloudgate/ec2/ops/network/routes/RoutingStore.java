package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.VersionedTable;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import io.cloudgate.ec2.ops.network.routes.RoutingState.GatewayDoc;
import io.cloudgate.ec2.ops.network.routes.RoutingState.RouteDoc;
import io.cloudgate.ec2.ops.network.routes.RoutingState.TableDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads and changes an account's {@link RoutingState}. An account that never changed its routing has the
 * default VPC's internet gateway, attached, and every VPC's main table derived: the local route, plus in the
 * default VPC a default route to that gateway, as AWS sets the default VPC up.
 */
public final class RoutingStore {
    private static final String PARTITION = "routing";

    private final VersionedTable<RoutingState> table;
    private final NetworkLookup lookup;
    private final VpcFixtures fixtures;

    public RoutingStore(Ec2Context context) {
        this.table = new VersionedTable<>(context.store().table("ec2-routing"), RoutingState.class);
        this.lookup = new NetworkLookup(context);
        this.fixtures = new VpcFixtures(context.ids());
    }

    public RoutingState read(String account) {
        return table.get(PARTITION, account).orElseGet(() -> initial(account));
    }

    /** Applies the change compare-and-set (it may run more than once and may throw to refuse). */
    public RoutingState update(String account, UnaryOperator<RoutingState> change) {
        return table.update(PARTITION, account, current -> change.apply(current == null ? initial(account) : current));
    }

    /** Whether the VPC has an internet gateway attached or route tables besides its main one (DeleteVpc refuses). */
    public boolean blocksVpcDeletion(String account, String vpcId) {
        RoutingState state = read(account);
        return state.gatewayOf(vpcId).isPresent()
                || state.tables().stream().anyMatch(table -> !table.main() && table.vpcId().equals(vpcId));
    }

    /** Forgets the main table of a deleted VPC. */
    public void vpcDeleted(String account, String vpcId) {
        if (read(account).tables().stream().anyMatch(table -> table.vpcId().equals(vpcId))) {
            update(account, state -> state.withoutTables(table -> table.vpcId().equals(vpcId)));
        }
    }

    /** Drops the explicit association of a deleted subnet, as deleting a subnet does on AWS. */
    public void subnetDeleted(String account, String subnetId) {
        if (read(account).tableAssociatedWith(subnetId).isPresent()) {
            update(account, state -> state.mapTables(table -> table.withAssociations(table.associations().stream()
                    .filter(association -> !association.subnetId().equals(subnetId)).toList())));
        }
    }

    /** Every route table of the account's VPCs: main tables (stored or derived) and the others. */
    List<TableDoc> tables(RoutingState state, List<Network> networks) {
        List<TableDoc> result = new ArrayList<>();
        for (Network network : networks) {
            String vpcId = lookup.vpcId(network.id());
            result.add(mainTable(network, state));
            state.tables().stream().filter(t -> !t.main() && t.vpcId().equals(vpcId)).forEach(result::add);
        }
        return result;
    }

    /** The VPC's main table as stored, or as derived when its routes were never changed. */
    TableDoc mainTable(Network network, RoutingState state) {
        String tableId = fixtures.mainRouteTableId(network);
        Optional<TableDoc> stored = state.table(tableId);
        if (stored.isPresent()) {
            return stored.get();
        }
        List<RouteDoc> routes = network.isDefault()
                ? List.of(new RouteDoc("0.0.0.0/0", false, fixtures.defaultInternetGatewayId(network)))
                : List.of();
        return new TableDoc(tableId, lookup.vpcId(network.id()), true, routes, List.of());
    }

    private RoutingState initial(String account) {
        List<GatewayDoc> gateways = lookup.networks(account).stream().filter(Network::isDefault)
                .map(network -> new GatewayDoc(fixtures.defaultInternetGatewayId(network), lookup.vpcId(network.id())))
                .toList();
        return new RoutingState(List.of(), gateways);
    }
}
