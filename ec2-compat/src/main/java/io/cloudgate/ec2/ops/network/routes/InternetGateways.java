package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.routes.RoutingState.GatewayDoc;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Creating, attaching, detaching and deleting internet gateways, with AWS's rules: a gateway attaches to one
 * VPC and a VPC takes one gateway (Resource.AlreadyAssociated), detaching needs the VPC's instances to have
 * no public addresses, and an attached gateway cannot be deleted (DependencyViolation).
 */
final class InternetGateways {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final RoutingStore routing;

    InternetGateways(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.routing = new RoutingStore(context);
    }

    InternetGateway create(String account, List<TagSpecification> tagSpecifications, Boolean dryRun) {
        Map<String, String> tags = TagSpecifications.of(tagSpecifications, "internet-gateway");
        DryRun.check(dryRun);
        GatewayDoc gateway = new GatewayDoc(Ec2Ids.mint(ResourceKind.INTERNET_GATEWAY), null);
        routing.update(account, state -> state.withGateway(gateway));
        if (!tags.isEmpty()) {
            context.tags().put(account, gateway.id(), tags);
        }
        return RouteShapes.gateway(account, gateway, tags);
    }

    void attach(String account, String gatewayId, String vpcId, Boolean dryRun) {
        required(gatewayId, "internetGatewayId");
        required(vpcId, "vpcId");
        lookup.network(account, vpcId);
        routing.update(account, state -> {
            GatewayDoc gateway = existing(state, gatewayId);
            if (gateway.vpcId() != null) {
                throw AwsException.badRequest("Resource.AlreadyAssociated",
                        "resource " + gatewayId + " is already attached to network " + gateway.vpcId());
            }
            state.gatewayOf(vpcId).ifPresent(other -> {
                throw AwsException.badRequest("Resource.AlreadyAssociated",
                        "resource " + vpcId + " is already attached to internet gateway " + other.id());
            });
            DryRun.check(dryRun);
            return state.withGateway(new GatewayDoc(gatewayId, vpcId));
        });
    }

    void detach(String account, String gatewayId, String vpcId, Boolean dryRun) {
        required(gatewayId, "internetGatewayId");
        required(vpcId, "vpcId");
        Network network = lookup.network(account, vpcId);
        boolean publicAddresses = context.compute().machines().list(account).stream()
                .filter(machine -> network.id().equals(machine.networkId()))
                .filter(machine -> machine.state() != MachineState.TERMINATED)
                .map(Machine::publicAddress)
                .anyMatch(address -> address != null);
        routing.update(account, state -> {
            GatewayDoc gateway = existing(state, gatewayId);
            if (!vpcId.equals(gateway.vpcId())) {
                throw AwsException.badRequest("Gateway.NotAttached",
                        "resource " + gatewayId + " is not attached to network " + vpcId);
            }
            if (publicAddresses) {
                throw AwsException.badRequest("DependencyViolation", "Network " + vpcId + " has some mapped public "
                        + "address(es). Please unmap those public address(es) before detaching the gateway.");
            }
            DryRun.check(dryRun);
            return state.withGateway(new GatewayDoc(gatewayId, null));
        });
    }

    void delete(String account, String gatewayId, Boolean dryRun) {
        required(gatewayId, "internetGatewayId");
        routing.update(account, state -> {
            GatewayDoc gateway = existing(state, gatewayId);
            if (gateway.vpcId() != null) {
                throw AwsException.badRequest("DependencyViolation",
                        "The internetGateway '" + gatewayId + "' has dependencies and cannot be deleted.");
            }
            DryRun.check(dryRun);
            return state.withoutGateway(gatewayId);
        });
        context.tags().forget(account, gatewayId);
    }

    /** The account's gateway of that id, or InvalidInternetGatewayID.NotFound / Malformed. */
    static GatewayDoc existing(RoutingState state, String gatewayId) {
        Ec2Ids.requireWellFormed(ResourceKind.INTERNET_GATEWAY, gatewayId);
        return state.gateway(gatewayId).orElseThrow(() -> ResourceKind.INTERNET_GATEWAY.notFound(gatewayId));
    }

    static void required(String value, String parameter) {
        if (value == null || value.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter " + parameter);
        }
    }
}
