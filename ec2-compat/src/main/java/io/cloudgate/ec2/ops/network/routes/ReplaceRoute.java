package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.Arrays;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteResponse;

/** ReplaceRoute: points an existing route at another internet gateway of the VPC. */
public final class ReplaceRoute implements Operation<ReplaceRouteRequest, ReplaceRouteResponse> {
    private final Routes routes;

    public ReplaceRoute(Ec2Context context) {
        this.routes = new Routes(context);
    }

    @Override
    public ReplaceRouteResponse handle(ReplaceRouteRequest request, RequestContext requestContext) {
        routes.replace(requestContext.principal().accountId(), new Routes.Request(request.routeTableId(),
                request.destinationCidrBlock(), request.destinationIpv6CidrBlock(), request.gatewayId(),
                Arrays.asList(request.natGatewayId(), request.instanceId(), request.networkInterfaceId(),
                        request.vpcPeeringConnectionId(), request.transitGatewayId(),
                        request.egressOnlyInternetGatewayId(), request.localGatewayId(), request.carrierGatewayId(),
                        request.vpcEndpointId(), request.coreNetworkArn()),
                request.dryRun()));
        return ReplaceRouteResponse.builder().build();
    }
}
