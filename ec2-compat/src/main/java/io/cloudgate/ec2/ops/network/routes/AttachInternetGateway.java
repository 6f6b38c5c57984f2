package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayResponse;

/** AttachInternetGateway: attaches a detached gateway to a VPC without one. */
public final class AttachInternetGateway implements Operation<AttachInternetGatewayRequest, AttachInternetGatewayResponse> {
    private final InternetGateways gateways;

    public AttachInternetGateway(Ec2Context context) {
        this.gateways = new InternetGateways(context);
    }

    @Override
    public AttachInternetGatewayResponse handle(AttachInternetGatewayRequest request, RequestContext requestContext) {
        gateways.attach(requestContext.principal().accountId(), request.internetGatewayId(), request.vpcId(),
                request.dryRun());
        return AttachInternetGatewayResponse.builder().build();
    }
}
