package io.cloudgate.ec2.ops.network.subnets;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Subnet;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.routes.RoutingStore;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetResponse;

/** DeleteSubnet: refused with DependencyViolation while machines use the subnet. */
public final class DeleteSubnet implements Operation<DeleteSubnetRequest, DeleteSubnetResponse> {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final SubnetAttributes attributes;
    private final RoutingStore routing;

    public DeleteSubnet(Ec2Context context, SubnetAttributes attributes) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.attributes = attributes;
        this.routing = new RoutingStore(context);
    }

    @Override
    public DeleteSubnetResponse handle(DeleteSubnetRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String subnetId = request.subnetId();
        if (subnetId == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter subnetId");
        }
        Subnet subnet = lookup.subnet(account, subnetId);
        DryRun.check(request.dryRun());
        try {
            context.compute().networks().deleteSubnet(account, subnet.id());
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.IN_USE) {
                throw AwsException.badRequest("DependencyViolation",
                        "The subnet '" + subnetId + "' has dependencies and cannot be deleted.");
            }
            throw ComputeErrors.toAws(e, ResourceKind.SUBNET, subnetId);
        }
        attributes.forget(account, subnetId);
        routing.subnetDeleted(account, subnetId);
        context.tags().forget(account, subnetId);
        return DeleteSubnetResponse.builder().build();
    }
}
