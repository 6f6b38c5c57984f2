package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableResponse;

/** CreateRouteTable: a table with only the local route, tagged on create. */
public final class CreateRouteTable implements Operation<CreateRouteTableRequest, CreateRouteTableResponse> {
    private final RouteTables tables;

    public CreateRouteTable(Ec2Context context) {
        this.tables = new RouteTables(context);
    }

    @Override
    public CreateRouteTableResponse handle(CreateRouteTableRequest request, RequestContext requestContext) {
        return CreateRouteTableResponse.builder().routeTable(tables.create(requestContext.principal().accountId(),
                request.vpcId(), request.tagSpecifications(), request.dryRun())).clientToken(request.clientToken())
                .build();
    }
}
