package io.cloudgate.cloudwatch.tags;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import software.amazon.awssdk.services.cloudwatch.model.UntagResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.UntagResourceResponse;

/** Removes tags from an alarm or dashboard; keys it does not have are ignored. */
final class UntagResource implements Operation<UntagResourceRequest, UntagResourceResponse> {
    private final ResourceTags tags;
    private final TaggedResources resources;

    UntagResource(ResourceTags tags, TaggedResources resources) {
        this.tags = tags;
        this.resources = resources;
    }

    @Override
    public UntagResourceResponse handle(UntagResourceRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String arn = TagRequests.resourceArn(request.resourceARN(), account);
        if (!resources.exists(account, arn)) {
            throw TagRequests.notFound();
        }
        tags.remove(account, arn, request.tagKeys());
        return UntagResourceResponse.builder().build();
    }
}
