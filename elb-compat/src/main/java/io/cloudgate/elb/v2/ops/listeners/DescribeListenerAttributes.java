package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ListenerAttribute;

public final class DescribeListenerAttributes
        implements Operation<DescribeListenerAttributesRequest, DescribeListenerAttributesResponse> {
    private final V2Context context;

    public DescribeListenerAttributes(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeListenerAttributesResponse handle(DescribeListenerAttributesRequest request,
                                                     RequestContext requestContext) {
        return DescribeListenerAttributesResponse.builder().attributes(render(context.store()
                .listener(requestContext.principal().accountId(), request.listenerArn()).item().attributes()))
                .build();
    }

    static List<ListenerAttribute> render(Map<String, String> attributes) {
        return attributes.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry ->
                ListenerAttribute.builder().key(entry.getKey()).value(entry.getValue()).build()).toList();
    }
}
