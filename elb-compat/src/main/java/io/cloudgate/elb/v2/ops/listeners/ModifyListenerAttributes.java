package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.AttributeDefaults;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesResponse;

/** Changes listener attributes; tcp.idle_timeout.seconds reaches the data plane. */
public final class ModifyListenerAttributes
        implements Operation<ModifyListenerAttributesRequest, ModifyListenerAttributesResponse> {
    private final V2Context context;

    public ModifyListenerAttributes(V2Context context) {
        this.context = context;
    }

    @Override
    public ModifyListenerAttributesResponse handle(ModifyListenerAttributesRequest request,
                                                   RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        Map<String, String> changes = new LinkedHashMap<>();
        request.attributes().forEach(attribute -> changes.put(attribute.key(), attribute.value()));
        return context.store().locked(account, () -> {
            V2Store.Located<ListenerDoc> found = context.store().listener(account, request.listenerArn());
            ListenerDoc changed = found.item().withAttributes(AttributeDefaults.modified(found.item().attributes(),
                    changes));
            LoadBalancerDoc updated = found.balancer().withListeners(found.balancer().listeners().stream()
                    .map(listener -> listener.arn().equals(changed.arn()) ? changed : listener).toList());
            context.apply(account, updated);
            context.store().put(account, updated);
            return ModifyListenerAttributesResponse.builder()
                    .attributes(DescribeListenerAttributes.render(changed.attributes())).build();
        });
    }
}
