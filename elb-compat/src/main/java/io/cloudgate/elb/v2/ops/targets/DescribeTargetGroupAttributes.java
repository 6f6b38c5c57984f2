package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;

public final class DescribeTargetGroupAttributes
        implements Operation<DescribeTargetGroupAttributesRequest, DescribeTargetGroupAttributesResponse> {
    private final V2Context context;

    public DescribeTargetGroupAttributes(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeTargetGroupAttributesResponse handle(DescribeTargetGroupAttributesRequest request,
                                                        RequestContext requestContext) {
        return DescribeTargetGroupAttributesResponse.builder().attributes(render(context.store()
                .targetGroup(requestContext.principal().accountId(), request.targetGroupArn()).attributes()))
                .build();
    }

    static List<TargetGroupAttribute> render(Map<String, String> attributes) {
        return attributes.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry ->
                TargetGroupAttribute.builder().key(entry.getKey()).value(entry.getValue()).build()).toList();
    }
}
