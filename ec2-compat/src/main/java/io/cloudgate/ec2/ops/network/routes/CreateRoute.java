package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.Arrays;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteResponse;

/** CreateRoute: adds a route to an internet gateway attached to the table's VPC. */
public final class CreateRoute implements Operation<CreateRouteRequest, CreateRouteResponse> {
    private final Routes routes;

    public CreateRoute(Ec2Context context) {
        this.routes = new Routes(context);
    }

    @Override
    public CreateRouteResponse handle(CreateRouteRequest request, RequestContext requestContext) {
        routes.create(requestContext.principal().accountId(), new Routes.Request(request.routeTableId(),
                request.destinationCidrBlock(), request.destinationIpv6CidrBlock(), request.gatewayId(),
                Arrays.asList(request.natGatewayId(), request.instanceId(), request.networkInterfaceId(),
                        request.vpcPeeringConnectionId(), request.transitGatewayId(),
                        request.egressOnlyInternetGatewayId(), request.localGatewayId(), request.carrierGatewayId(),
                        request.vpcEndpointId(), request.coreNetworkArn()),
                request.dryRun()));
        return CreateRouteResponse.builder().returnValue(true).build();
    }
}
