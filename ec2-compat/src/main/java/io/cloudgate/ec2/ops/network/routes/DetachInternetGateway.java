package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayResponse;

/** DetachInternetGateway: detaches a gateway from the VPC it is attached to. */
public final class DetachInternetGateway implements Operation<DetachInternetGatewayRequest, DetachInternetGatewayResponse> {
    private final InternetGateways gateways;

    public DetachInternetGateway(Ec2Context context) {
        this.gateways = new InternetGateways(context);
    }

    @Override
    public DetachInternetGatewayResponse handle(DetachInternetGatewayRequest request, RequestContext requestContext) {
        gateways.detach(requestContext.principal().accountId(), request.internetGatewayId(), request.vpcId(),
                request.dryRun());
        return DetachInternetGatewayResponse.builder().build();
    }
}
