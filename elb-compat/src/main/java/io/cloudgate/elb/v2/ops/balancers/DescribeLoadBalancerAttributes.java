package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;

public final class DescribeLoadBalancerAttributes
        implements Operation<DescribeLoadBalancerAttributesRequest, DescribeLoadBalancerAttributesResponse> {
    private final V2Context context;

    public DescribeLoadBalancerAttributes(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeLoadBalancerAttributesResponse handle(DescribeLoadBalancerAttributesRequest request,
                                                         RequestContext requestContext) {
        Map<String, String> attributes = context.store()
                .balancer(requestContext.principal().accountId(), request.loadBalancerArn()).attributes();
        return DescribeLoadBalancerAttributesResponse.builder().attributes(render(attributes)).build();
    }

    static java.util.List<LoadBalancerAttribute> render(Map<String, String> attributes) {
        return attributes.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry ->
                LoadBalancerAttribute.builder().key(entry.getKey()).value(entry.getValue()).build()).toList();
    }
}
