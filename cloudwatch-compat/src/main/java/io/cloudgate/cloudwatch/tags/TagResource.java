package io.cloudgate.cloudwatch.tags;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import software.amazon.awssdk.services.cloudwatch.model.TagResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.TagResourceResponse;

/** Adds or overwrites tags of an alarm or dashboard. */
final class TagResource implements Operation<TagResourceRequest, TagResourceResponse> {
    private final ResourceTags tags;
    private final TaggedResources resources;

    TagResource(ResourceTags tags, TaggedResources resources) {
        this.tags = tags;
        this.resources = resources;
    }

    @Override
    public TagResourceResponse handle(TagResourceRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String arn = TagRequests.resourceArn(request.resourceARN(), account);
        TagRequests.checkTags(request.tags());
        if (!resources.exists(account, arn)) {
            throw TagRequests.notFound();
        }
        tags.add(account, arn, request.tags());
        return TagResourceResponse.builder().build();
    }
}
