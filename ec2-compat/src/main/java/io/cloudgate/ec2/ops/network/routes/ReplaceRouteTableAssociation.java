package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationResponse;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationState;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationStateCode;

/** ReplaceRouteTableAssociation: a subnet's explicit association moves to another table of its VPC. */
public final class ReplaceRouteTableAssociation
        implements Operation<ReplaceRouteTableAssociationRequest, ReplaceRouteTableAssociationResponse> {
    private final RouteTables tables;

    public ReplaceRouteTableAssociation(Ec2Context context) {
        this.tables = new RouteTables(context);
    }

    @Override
    public ReplaceRouteTableAssociationResponse handle(ReplaceRouteTableAssociationRequest request,
                                                       RequestContext requestContext) {
        String associationId = tables.replaceAssociation(requestContext.principal().accountId(),
                request.associationId(), request.routeTableId(), request.dryRun());
        return ReplaceRouteTableAssociationResponse.builder().newAssociationId(associationId)
                .associationState(RouteTableAssociationState.builder()
                        .state(RouteTableAssociationStateCode.ASSOCIATED).build())
                .build();
    }
}
