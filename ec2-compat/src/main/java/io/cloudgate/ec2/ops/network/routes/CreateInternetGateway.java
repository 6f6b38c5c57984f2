package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayResponse;

/** CreateInternetGateway: a detached gateway, tagged on create. */
public final class CreateInternetGateway implements Operation<CreateInternetGatewayRequest, CreateInternetGatewayResponse> {
    private final InternetGateways gateways;

    public CreateInternetGateway(Ec2Context context) {
        this.gateways = new InternetGateways(context);
    }

    @Override
    public CreateInternetGatewayResponse handle(CreateInternetGatewayRequest request, RequestContext requestContext) {
        return CreateInternetGatewayResponse.builder().internetGateway(gateways.create(
                requestContext.principal().accountId(), request.tagSpecifications(), request.dryRun())).build();
    }
}
