package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;

/** Adds certificates an HTTPS listener offers to clients naming them by SNI (up to 25 besides the default). */
public final class AddListenerCertificates
        implements Operation<AddListenerCertificatesRequest, AddListenerCertificatesResponse> {
    static final int PER_LISTENER = 25;

    private final V2Context context;

    public AddListenerCertificates(V2Context context) {
        this.context = context;
    }

    @Override
    public AddListenerCertificatesResponse handle(AddListenerCertificatesRequest request,
                                                  RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        return context.store().locked(account, () -> {
            V2Store.Located<ListenerDoc> found = context.store().listener(account, request.listenerArn());
            ListenerDoc old = found.item();
            ListenerInput.requireSecure(old);
            List<String> added = ListenerInput.arns(request.certificates());
            List<String> certificates = new ArrayList<>(old.certificates());
            added.stream().filter(arn -> !certificates.contains(arn)).forEach(certificates::add);
            if (certificates.size() - 1 > PER_LISTENER) {
                throw AwsException.badRequest("TooManyCertificates",
                        "You've reached the limit on the number of certificates per load balancer");
            }
            LoadBalancerDoc updated = ListenerInput.replacing(found.balancer(), old.withCertificates(certificates));
            context.apply(account, updated);
            context.store().put(account, updated);
            return AddListenerCertificatesResponse.builder().certificates(added.stream()
                    .map(arn -> Certificate.builder().certificateArn(arn).isDefault(false).build()).toList())
                    .build();
        });
    }
}
