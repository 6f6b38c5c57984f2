package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DeleteRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteResponse;

/** DeleteRoute: removes a route by its destination block (never the local route). */
public final class DeleteRoute implements Operation<DeleteRouteRequest, DeleteRouteResponse> {
    private final Routes routes;

    public DeleteRoute(Ec2Context context) {
        this.routes = new Routes(context);
    }

    @Override
    public DeleteRouteResponse handle(DeleteRouteRequest request, RequestContext requestContext) {
        routes.delete(requestContext.principal().accountId(), new Routes.Request(request.routeTableId(),
                request.destinationCidrBlock(), request.destinationIpv6CidrBlock(), null, List.of(),
                request.dryRun()));
        return DeleteRouteResponse.builder().build();
    }
}
