package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableResponse;

/** DisassociateRouteTable: removes an explicit subnet association (the subnet uses the main table again). */
public final class DisassociateRouteTable implements Operation<DisassociateRouteTableRequest, DisassociateRouteTableResponse> {
    private final RouteTables tables;

    public DisassociateRouteTable(Ec2Context context) {
        this.tables = new RouteTables(context);
    }

    @Override
    public DisassociateRouteTableResponse handle(DisassociateRouteTableRequest request,
                                                 RequestContext requestContext) {
        tables.disassociate(requestContext.principal().accountId(), request.associationId(), request.dryRun());
        return DisassociateRouteTableResponse.builder().build();
    }
}
