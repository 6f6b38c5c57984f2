package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;

/**
 * Removes targets; the data plane drains them for the group's deregistration delay, during which
 * DescribeTargetHealth reports them draining.
 */
public final class DeregisterTargets implements Operation<DeregisterTargetsRequest, DeregisterTargetsResponse> {
    private final V2Context context;

    public DeregisterTargets(V2Context context) {
        this.context = context;
    }

    @Override
    public DeregisterTargetsResponse handle(DeregisterTargetsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            TargetGroupDoc group = context.store().targetGroup(account, request.targetGroupArn());
            List<TargetGroupDoc.TargetDoc> targets = new ArrayList<>(group.targets());
            for (TargetDescription target : request.targets()) {
                boolean removed = targets.removeIf(existing -> existing.id().equals(target.id())
                        && (target.port() == null || existing.port() == target.port()));
                if (!removed) {
                    throw V2Errors.invalidTarget(target.id());
                }
            }
            TargetGroupDoc updated = group.withTargets(targets);
            context.store().put(account, updated);
            context.applyUsers(account, updated);
            return null;
        });
        return DeregisterTargetsResponse.builder().build();
    }
}
