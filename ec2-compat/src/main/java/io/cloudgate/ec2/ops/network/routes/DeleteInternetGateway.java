package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayResponse;

/** DeleteInternetGateway: deletes a detached gateway. */
public final class DeleteInternetGateway implements Operation<DeleteInternetGatewayRequest, DeleteInternetGatewayResponse> {
    private final InternetGateways gateways;

    public DeleteInternetGateway(Ec2Context context) {
        this.gateways = new InternetGateways(context);
    }

    @Override
    public DeleteInternetGatewayResponse handle(DeleteInternetGatewayRequest request, RequestContext requestContext) {
        gateways.delete(requestContext.principal().accountId(), request.internetGatewayId(), request.dryRun());
        return DeleteInternetGatewayResponse.builder().build();
    }
}
