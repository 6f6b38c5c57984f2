package io.cloudgate.cloudwatch.tags;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cloudwatch.model.TagResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.TagResourceResponse;
import software.amazon.awssdk.services.cloudwatch.model.UntagResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.UntagResourceResponse;

/** TagResource, UntagResource and ListTagsForResource for alarm and dashboard ARNs. */
public final class TagOperations {
    private TagOperations() {
    }

    public static List<BoundOperation> all(ResourceTags tags, TaggedResources resources) {
        return List.of(
                BoundOperation.of(operation("TagResource", TagResourceRequest::builder,
                        TagResourceResponse::builder), new TagResource(tags, resources)),
                BoundOperation.of(operation("UntagResource", UntagResourceRequest::builder,
                        UntagResourceResponse::builder), new UntagResource(tags, resources)),
                BoundOperation.of(operation("ListTagsForResource", ListTagsForResourceRequest::builder,
                        ListTagsForResourceResponse::builder), new ListTagsForResource(tags)));
    }
}
