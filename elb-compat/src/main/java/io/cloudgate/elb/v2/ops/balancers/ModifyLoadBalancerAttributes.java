package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.AttributeDefaults;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesResponse;

/** Changes attributes; idle_timeout.timeout_seconds reaches the data plane. Answers every attribute. */
public final class ModifyLoadBalancerAttributes
        implements Operation<ModifyLoadBalancerAttributesRequest, ModifyLoadBalancerAttributesResponse> {
    private final V2Context context;

    public ModifyLoadBalancerAttributes(V2Context context) {
        this.context = context;
    }

    @Override
    public ModifyLoadBalancerAttributesResponse handle(ModifyLoadBalancerAttributesRequest request,
                                                       RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        LoadBalancerDoc changed = context.store().locked(account, () -> {
            LoadBalancerDoc balancer = context.store().balancer(account, request.loadBalancerArn());
            LoadBalancerDoc updated = balancer.withAttributes(AttributeDefaults.modified(balancer.attributes(),
                    AttributeDefaults.ofLoadBalancer(request.attributes())));
            context.apply(account, updated);
            context.store().put(account, updated);
            return updated;
        });
        return ModifyLoadBalancerAttributesResponse.builder()
                .attributes(DescribeLoadBalancerAttributes.render(changed.attributes())).build();
    }
}
