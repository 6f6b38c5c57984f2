package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.HealthCheckInput;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupResponse;

/** Changes a group's health check; every balancer forwarding to it is re-applied. */
public final class ModifyTargetGroup implements Operation<ModifyTargetGroupRequest, ModifyTargetGroupResponse> {
    private final V2Context context;

    public ModifyTargetGroup(V2Context context) {
        this.context = context;
    }

    @Override
    public ModifyTargetGroupResponse handle(ModifyTargetGroupRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        TargetGroupDoc changed = context.store().locked(account, () -> {
            TargetGroupDoc group = context.store().targetGroup(account, request.targetGroupArn());
            HealthCheckInput input = new HealthCheckInput(request.healthCheckEnabled(),
                    request.healthCheckProtocolAsString(), request.healthCheckPort(), request.healthCheckPath(),
                    request.healthCheckIntervalSeconds(), request.healthCheckTimeoutSeconds(),
                    request.healthyThresholdCount(), request.unhealthyThresholdCount(),
                    request.matcher() == null ? null : request.matcher().httpCode());
            TargetGroupDoc updated = group.withHealthCheck(input.applyTo(group.healthCheck()));
            context.store().put(account, updated);
            context.applyUsers(account, updated);
            return updated;
        });
        return ModifyTargetGroupResponse.builder().targetGroups(V2Shapes.targetGroup(changed,
                context.users(account, changed.arn()).stream().map(LoadBalancerDoc::arn).toList())).build();
    }
}
