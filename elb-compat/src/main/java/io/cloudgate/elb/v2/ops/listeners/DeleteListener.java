package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Store;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerResponse;

/** Removes a listener and its rules; its socket closes. */
public final class DeleteListener implements Operation<DeleteListenerRequest, DeleteListenerResponse> {
    private final V2Context context;

    public DeleteListener(V2Context context) {
        this.context = context;
    }

    @Override
    public DeleteListenerResponse handle(DeleteListenerRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            V2Store.Located<ListenerDoc> found = context.store().listener(account, request.listenerArn());
            LoadBalancerDoc balancer = found.balancer();
            LoadBalancerDoc updated = balancer.withListeners(balancer.listeners().stream()
                    .filter(listener -> !listener.arn().equals(found.item().arn())).toList());
            context.apply(account, updated);
            context.store().put(account, updated);
            return null;
        });
        return DeleteListenerResponse.builder().build();
    }
}
