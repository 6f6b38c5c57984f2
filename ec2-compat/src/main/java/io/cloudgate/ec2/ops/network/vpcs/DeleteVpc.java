package io.cloudgate.ec2.ops.network.vpcs;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import io.cloudgate.ec2.ops.network.routes.RoutingStore;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DeleteVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcResponse;

/**
 * DeleteVpc: refused with DependencyViolation while the VPC has subnets, machines, security groups other
 * than its default one (which goes with it), an internet gateway attached or route tables other than its
 * main one, as AWS refuses.
 */
public final class DeleteVpc implements Operation<DeleteVpcRequest, DeleteVpcResponse> {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final VpcAttributes attributes;
    private final VpcFixtures fixtures;
    private final RoutingStore routing;

    public DeleteVpc(Ec2Context context, VpcAttributes attributes) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.attributes = attributes;
        this.fixtures = new VpcFixtures(context.ids());
        this.routing = new RoutingStore(context);
    }

    @Override
    public DeleteVpcResponse handle(DeleteVpcRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String vpcId = request.vpcId();
        if (vpcId == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter vpcId");
        }
        Network network = lookup.network(account, vpcId);
        List<SecurityGroup> groups = lookup.groups(account).stream()
                .filter(group -> group.networkId().equals(network.id()))
                .toList();
        if (groups.stream().anyMatch(group -> !"default".equals(group.name()))
                || routing.blocksVpcDeletion(account, vpcId)) {
            throw dependencies(vpcId);
        }
        DryRun.check(request.dryRun());
        try {
            context.compute().networks().delete(account, network.id());
        } catch (ComputeException e) {
            throw e.kind() == ComputeException.Kind.IN_USE ? dependencies(vpcId)
                    : ComputeErrors.toAws(e, ResourceKind.VPC, vpcId);
        }
        attributes.forget(account, vpcId);
        routing.vpcDeleted(account, vpcId);
        context.tags().forget(account, vpcId);
        context.tags().forget(account, fixtures.mainRouteTableId(network));
        context.tags().forget(account, fixtures.defaultNetworkAclId(network));
        groups.forEach(group -> context.tags().forget(account, lookup.groupId(group.id())));
        return DeleteVpcResponse.builder().build();
    }

    private static AwsException dependencies(String vpcId) {
        return AwsException.badRequest("DependencyViolation",
                "The vpc '" + vpcId + "' has dependencies and cannot be deleted.");
    }
}
