package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import io.cloudgate.elb.v2.state.V2Pages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;

/** Lists the account's balancers, or those named by ARN or name (any unknown one: LoadBalancerNotFound). */
public final class DescribeLoadBalancers
        implements Operation<DescribeLoadBalancersRequest, DescribeLoadBalancersResponse> {
    private final V2Context context;
    private final BalancerNetwork network;

    public DescribeLoadBalancers(V2Context context) {
        this.context = context;
        this.network = new BalancerNetwork(context.elb().ec2());
    }

    @Override
    public DescribeLoadBalancersResponse handle(DescribeLoadBalancersRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<LoadBalancerDoc> found = new ArrayList<>();
        if (request.hasLoadBalancerArns() && !request.loadBalancerArns().isEmpty()) {
            request.loadBalancerArns().forEach(arn -> found.add(context.store().balancer(account, arn)));
        } else if (request.hasNames() && !request.names().isEmpty()) {
            request.names().forEach(name -> found.add(context.store().balancerByName(account, name)
                    .orElseThrow(V2Errors::loadBalancerNotFound)));
        } else {
            found.addAll(context.store().balancers(account));
            found.sort(Comparator.comparing(LoadBalancerDoc::createdAt));
        }
        V2Pages.Page<LoadBalancerDoc> page = V2Pages.of(found, LoadBalancerDoc::arn, request.marker(),
                request.pageSize());
        return DescribeLoadBalancersResponse.builder().loadBalancers(page.items().stream().map(balancer ->
                V2Shapes.loadBalancer(balancer, "active", context.elb().balancerDns(),
                        subnet -> network.zoneOf(account, subnet))).toList()).nextMarker(page.nextMarker()).build();
    }
}
