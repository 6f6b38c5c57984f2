package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.ActionInput;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerResponse;

/**
 * Changes a listener's port, protocol, default certificate or default actions; what is not given stays (the
 * certificates added for SNI too).
 */
public final class ModifyListener implements Operation<ModifyListenerRequest, ModifyListenerResponse> {
    private final V2Context context;

    public ModifyListener(V2Context context) {
        this.context = context;
    }

    @Override
    public ModifyListenerResponse handle(ModifyListenerRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        return context.store().locked(account, () -> {
            V2Store.Located<ListenerDoc> found = context.store().listener(account, request.listenerArn());
            LoadBalancerDoc balancer = found.balancer();
            ListenerDoc old = found.item();
            String protocol = request.protocol() == null ? old.protocol()
                    : ListenerInput.protocol(balancer, request.protocolAsString());
            int port = request.port() == null ? old.port() : ListenerInput.port(request.port());
            ListenerInput.uniquePort(balancer, port, old.arn());
            List<String> certificates = request.hasCertificates() && !request.certificates().isEmpty()
                    ? withDefault(ListenerInput.certificates(protocol, request.certificates()), old.certificates())
                    : "HTTPS".equals(protocol) ? old.certificates().isEmpty()
                    ? ListenerInput.certificates(protocol, List.of()) : old.certificates() : List.of();
            String sslPolicy = !"HTTPS".equals(protocol) ? null : request.sslPolicy() != null ? request.sslPolicy()
                    : old.sslPolicy() != null ? old.sslPolicy() : ListenerInput.DEFAULT_SSL_POLICY;
            ListenerDoc changed = new ListenerDoc(old.arn(), old.id(), port, protocol, sslPolicy, certificates,
                    request.hasDefaultActions() && !request.defaultActions().isEmpty()
                            ? ActionInput.parse(request.defaultActions(), protocol,
                            arn -> context.store().targetGroup(account, arn)) : old.defaultActions(),
                    old.rules(), old.attributes(), old.tags());
            LoadBalancerDoc updated = ListenerInput.replacing(balancer, changed);
            context.apply(account, updated);
            context.store().put(account, updated);
            return ModifyListenerResponse.builder().listeners(V2Shapes.listener(updated, changed)).build();
        });
    }

    /** The given certificate becomes the default; the certificates added for SNI stay. */
    private static List<String> withDefault(List<String> given, List<String> old) {
        if (given.isEmpty()) {
            return given;
        }
        List<String> certificates = new ArrayList<>(given);
        old.stream().skip(1).filter(arn -> !certificates.contains(arn)).forEach(certificates::add);
        return certificates;
    }
}
