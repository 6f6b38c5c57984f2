package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputRequest;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputResponse;

/** The instance's console text so far, base64-encoded as EC2 returns it (absent while there is none). */
final class GetConsoleOutput implements Operation<GetConsoleOutputRequest, GetConsoleOutputResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;

    GetConsoleOutput(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public GetConsoleOutputResponse handle(GetConsoleOutputRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter InstanceId");
        }
        InstanceView view = lookup.require(account, request.instanceId());
        DryRun.check(request.dryRun());
        String text;
        try {
            text = context.compute().machines().consoleOutput(account, view.machine().id());
        } catch (ComputeException e) {
            throw ComputeErrors.toAws(e, ResourceKind.INSTANCE, view.instanceId());
        }
        GetConsoleOutputResponse.Builder response = GetConsoleOutputResponse.builder()
                .instanceId(view.instanceId())
                .timestamp(context.clock().instant());
        if (text != null && !text.isEmpty()) {
            response.output(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        }
        return response.build();
    }
}
