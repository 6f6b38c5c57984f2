package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.AttributeDefaults;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesResponse;

/** Changes attributes; draining time, stickiness and the algorithm reach the data plane. */
public final class ModifyTargetGroupAttributes
        implements Operation<ModifyTargetGroupAttributesRequest, ModifyTargetGroupAttributesResponse> {
    private final V2Context context;

    public ModifyTargetGroupAttributes(V2Context context) {
        this.context = context;
    }

    @Override
    public ModifyTargetGroupAttributesResponse handle(ModifyTargetGroupAttributesRequest request,
                                                      RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        TargetGroupDoc changed = context.store().locked(account, () -> {
            TargetGroupDoc group = context.store().targetGroup(account, request.targetGroupArn());
            TargetGroupDoc updated = group.withAttributes(AttributeDefaults.modified(group.attributes(),
                    AttributeDefaults.ofTargetGroup(request.attributes())));
            context.store().put(account, updated);
            context.applyUsers(account, updated);
            return updated;
        });
        return ModifyTargetGroupAttributesResponse.builder()
                .attributes(DescribeTargetGroupAttributes.render(changed.attributes())).build();
    }
}
