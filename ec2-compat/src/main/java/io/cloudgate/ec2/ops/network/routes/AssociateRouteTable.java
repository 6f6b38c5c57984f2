package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationState;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationStateCode;

/** AssociateRouteTable: associates a subnet (without an association yet) with a table of its VPC. */
public final class AssociateRouteTable implements Operation<AssociateRouteTableRequest, AssociateRouteTableResponse> {
    private final RouteTables tables;

    public AssociateRouteTable(Ec2Context context) {
        this.tables = new RouteTables(context);
    }

    @Override
    public AssociateRouteTableResponse handle(AssociateRouteTableRequest request, RequestContext requestContext) {
        if (request.gatewayId() != null) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Gateway route table associations are not supported in this cloud.");
        }
        String associationId = tables.associate(requestContext.principal().accountId(), request.routeTableId(),
                request.subnetId(), request.dryRun());
        return AssociateRouteTableResponse.builder().associationId(associationId)
                .associationState(RouteTableAssociationState.builder()
                        .state(RouteTableAssociationStateCode.ASSOCIATED).build())
                .build();
    }
}
