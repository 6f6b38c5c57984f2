package io.cloudgate.elb.v2.ops.account;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

public final class DescribeTags implements Operation<DescribeTagsRequest, DescribeTagsResponse> {
    private final TaggedResources resources;

    public DescribeTags(V2Context context) {
        this.resources = new TaggedResources(context);
    }

    @Override
    public DescribeTagsResponse handle(DescribeTagsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        return DescribeTagsResponse.builder().tagDescriptions(request.resourceArns().stream().map(arn ->
                TagDescription.builder().resourceArn(arn).tags(V2Shapes.tags(resources.tags(account, arn))).build())
                .toList()).build();
    }
}
