package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsResponse;

/** Replaces a balancer's security groups (recorded; the embedded data plane filters no traffic). */
public final class SetSecurityGroups implements Operation<SetSecurityGroupsRequest, SetSecurityGroupsResponse> {
    private final V2Context context;
    private final BalancerNetwork network;

    public SetSecurityGroups(V2Context context) {
        this.context = context;
        this.network = new BalancerNetwork(context.elb().ec2());
    }

    @Override
    public SetSecurityGroupsResponse handle(SetSecurityGroupsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        LoadBalancerDoc changed = context.store().locked(account, () -> {
            LoadBalancerDoc balancer = context.store().balancer(account, request.loadBalancerArn());
            LoadBalancerDoc updated = balancer.withNetwork(balancer.subnetIds(), network.securityGroups(account,
                    balancer.vpcId(), request.securityGroups(), true));
            context.store().put(account, updated);
            return updated;
        });
        return SetSecurityGroupsResponse.builder().securityGroupIds(changed.securityGroups()).build();
    }
}
