package io.cloudgate.cloudwatch.tags;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import software.amazon.awssdk.services.cloudwatch.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListTagsForResourceResponse;

/**
 * Lists the tags of an alarm or dashboard. As recorded from AWS, a resource that no longer exists lists no
 * tags rather than failing.
 */
final class ListTagsForResource implements Operation<ListTagsForResourceRequest, ListTagsForResourceResponse> {
    private final ResourceTags tags;

    ListTagsForResource(ResourceTags tags) {
        this.tags = tags;
    }

    @Override
    public ListTagsForResourceResponse handle(ListTagsForResourceRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String arn = TagRequests.resourceArn(request.resourceARN(), account);
        return ListTagsForResourceResponse.builder().tags(tags.list(account, arn)).build();
    }
}
