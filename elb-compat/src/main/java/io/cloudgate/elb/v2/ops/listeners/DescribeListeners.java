package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Pages;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;

/** Lists a balancer's listeners, or those named by ARN. */
public final class DescribeListeners implements Operation<DescribeListenersRequest, DescribeListenersResponse> {
    private final V2Context context;

    public DescribeListeners(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeListenersResponse handle(DescribeListenersRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<Listener> listeners = new ArrayList<>();
        if (request.hasListenerArns() && !request.listenerArns().isEmpty()) {
            for (String arn : request.listenerArns()) {
                V2Store.Located<?> found = context.store().listener(account, arn);
                listeners.add(V2Shapes.listener(found.balancer(), found.listener()));
            }
        } else if (request.loadBalancerArn() != null) {
            LoadBalancerDoc balancer = context.store().balancer(account, request.loadBalancerArn());
            balancer.listeners().forEach(listener -> listeners.add(V2Shapes.listener(balancer, listener)));
        } else {
            throw AwsException.validation("You must specify either listener ARNs or a load balancer ARN");
        }
        V2Pages.Page<Listener> page = V2Pages.of(listeners, Listener::listenerArn, request.marker(),
                request.pageSize());
        return DescribeListenersResponse.builder().listeners(page.items()).nextMarker(page.nextMarker()).build();
    }
}
