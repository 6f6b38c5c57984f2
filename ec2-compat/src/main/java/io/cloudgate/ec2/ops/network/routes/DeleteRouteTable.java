package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableResponse;

/** DeleteRouteTable: deletes a table that is neither main nor associated with subnets. */
public final class DeleteRouteTable implements Operation<DeleteRouteTableRequest, DeleteRouteTableResponse> {
    private final RouteTables tables;

    public DeleteRouteTable(Ec2Context context) {
        this.tables = new RouteTables(context);
    }

    @Override
    public DeleteRouteTableResponse handle(DeleteRouteTableRequest request, RequestContext requestContext) {
        tables.delete(requestContext.principal().accountId(), request.routeTableId(), request.dryRun());
        return DeleteRouteTableResponse.builder().build();
    }
}
