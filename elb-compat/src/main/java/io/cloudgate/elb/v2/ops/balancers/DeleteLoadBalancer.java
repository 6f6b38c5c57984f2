package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerResponse;

/** Deletes a balancer with its listeners and rules, its DNS name and its address. */
public final class DeleteLoadBalancer implements Operation<DeleteLoadBalancerRequest, DeleteLoadBalancerResponse> {
    private final V2Context context;

    public DeleteLoadBalancer(V2Context context) {
        this.context = context;
    }

    @Override
    public DeleteLoadBalancerResponse handle(DeleteLoadBalancerRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            LoadBalancerDoc balancer = context.store().balancer(account, request.loadBalancerArn());
            if ("true".equals(balancer.attributes().get("deletion_protection.enabled"))) {
                throw AwsException.badRequest("OperationNotPermitted", "Load balancer '" + balancer.arn()
                        + "' cannot be deleted because deletion protection is enabled");
            }
            context.remove(balancer);
            context.elb().balancerDns().withdraw(balancer.dnsName());
            context.store().delete(account, balancer);
            context.elb().index().remove(context.indexEntry(account, balancer.name()));
            context.elb().addresses().release(balancer.address());
            return null;
        });
        return DeleteLoadBalancerResponse.builder().build();
    }
}
