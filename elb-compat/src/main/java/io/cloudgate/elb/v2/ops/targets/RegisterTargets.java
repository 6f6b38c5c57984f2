package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsResponse;

/** Adds targets (instances of the account, or IPv4 addresses) to a group and re-applies its balancers. */
public final class RegisterTargets implements Operation<RegisterTargetsRequest, RegisterTargetsResponse> {
    private final V2Context context;

    public RegisterTargets(V2Context context) {
        this.context = context;
    }

    @Override
    public RegisterTargetsResponse handle(RegisterTargetsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            TargetGroupDoc group = context.store().targetGroup(account, request.targetGroupArn());
            List<TargetGroupDoc.TargetDoc> added = new TargetInput(context.elb().instanceMembers())
                    .registered(account, group, request.targets());
            List<TargetGroupDoc.TargetDoc> targets = new ArrayList<>(group.targets());
            for (TargetGroupDoc.TargetDoc target : added) {
                targets.removeIf(existing -> existing.id().equals(target.id()) && existing.port() == target.port());
                targets.add(target);
            }
            TargetGroupDoc updated = group.withTargets(targets);
            context.store().put(account, updated);
            context.applyUsers(account, updated);
            return null;
        });
        return RegisterTargetsResponse.builder().build();
    }
}
