package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupResponse;

/** Deletes a group no listener or rule forwards to; an unknown group is not an error (AWS's behaviour). */
public final class DeleteTargetGroup implements Operation<DeleteTargetGroupRequest, DeleteTargetGroupResponse> {
    private final V2Context context;

    public DeleteTargetGroup(V2Context context) {
        this.context = context;
    }

    @Override
    public DeleteTargetGroupResponse handle(DeleteTargetGroupRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            context.store().findTargetGroup(account, request.targetGroupArn()).ifPresent(group -> {
                List<LoadBalancerDoc> users = context.users(account, group.arn());
                if (!users.isEmpty()) {
                    throw V2Errors.resourceInUse("Target group '" + group.arn()
                            + "' is currently in use by a listener or a rule");
                }
                context.store().delete(account, group);
            });
            return null;
        });
        return DeleteTargetGroupResponse.builder().build();
    }
}
