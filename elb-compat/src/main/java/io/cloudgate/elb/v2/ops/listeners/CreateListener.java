package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.core.ElbArns;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.ActionInput;
import io.cloudgate.elb.v2.input.AttributeDefaults;
import io.cloudgate.elb.v2.ops.balancers.V2Limits;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerResponse;

/** Adds a listener; it accepts on the balancer's address before this answers. */
public final class CreateListener implements Operation<CreateListenerRequest, CreateListenerResponse> {
    private final V2Context context;

    public CreateListener(V2Context context) {
        this.context = context;
    }

    @Override
    public CreateListenerResponse handle(CreateListenerRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        Map<String, String> tags = new LinkedHashMap<>();
        request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        return context.store().locked(account, () -> {
            LoadBalancerDoc balancer = context.store().balancer(account, request.loadBalancerArn());
            String protocol = ListenerInput.protocol(balancer, request.protocolAsString());
            int port = ListenerInput.port(request.port());
            ListenerInput.uniquePort(balancer, port, null);
            if (balancer.listeners().size() >= V2Limits.LISTENERS_PER_BALANCER) {
                throw AwsException.badRequest("TooManyListeners", "The quota for the number of listeners has been "
                        + "reached");
            }
            List<String> certificates = ListenerInput.certificates(protocol, request.certificates());
            String id = ElbArns.newId();
            ListenerDoc listener = new ListenerDoc(ElbArns.arn(context.region(), account, "listener/"
                    + (balancer.network() ? "net" : "app") + "/" + balancer.name() + "/" + balancer.id() + "/" + id),
                    id, port, protocol, "HTTPS".equals(protocol) ? (request.sslPolicy() == null
                    ? ListenerInput.DEFAULT_SSL_POLICY : request.sslPolicy()) : null, certificates,
                    ActionInput.parse(request.defaultActions(), protocol,
                            arn -> context.store().targetGroup(account, arn)),
                    List.of(), AttributeDefaults.listener(protocol), tags);
            List<ListenerDoc> listeners = new ArrayList<>(balancer.listeners());
            listeners.add(listener);
            LoadBalancerDoc updated = balancer.withListeners(listeners);
            context.apply(account, updated);
            context.store().put(account, updated);
            return CreateListenerResponse.builder().listeners(V2Shapes.listener(updated, listener)).build();
        });
    }
}
