package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesResponse;

/** Removes certificates added for SNI; the default certificate is replaced with ModifyListener instead. */
public final class RemoveListenerCertificates
        implements Operation<RemoveListenerCertificatesRequest, RemoveListenerCertificatesResponse> {
    private final V2Context context;

    public RemoveListenerCertificates(V2Context context) {
        this.context = context;
    }

    @Override
    public RemoveListenerCertificatesResponse handle(RemoveListenerCertificatesRequest request,
                                                     RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            V2Store.Located<ListenerDoc> found = context.store().listener(account, request.listenerArn());
            ListenerDoc old = found.item();
            List<String> removed = ListenerInput.arns(request.certificates());
            if (!old.certificates().isEmpty() && removed.contains(old.certificates().getFirst())) {
                throw AwsException.badRequest("OperationNotPermitted",
                        "The default certificate of a listener cannot be removed; replace it with ModifyListener");
            }
            LoadBalancerDoc updated = ListenerInput.replacing(found.balancer(), old.withCertificates(
                    old.certificates().stream().filter(arn -> !removed.contains(arn)).toList()));
            context.apply(account, updated);
            context.store().put(account, updated);
            return null;
        });
        return RemoveListenerCertificatesResponse.builder().build();
    }
}
