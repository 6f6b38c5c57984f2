package io.cloudgate.ec2.ops.tags;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.CreateTagsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTagsResponse;

/** Tags on resources of every kind. */
public final class TagOperations {
    private TagOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        TagTargets targets = new TagTargets(context);
        return List.of(
                BoundOperation.of(operation("CreateTags", CreateTagsRequest::builder, CreateTagsResponse::builder),
                        new CreateTags(context, targets)),
                BoundOperation.of(operation("DeleteTags", DeleteTagsRequest::builder, DeleteTagsResponse::builder),
                        new DeleteTags(context, targets)),
                BoundOperation.of(operation("DescribeTags", DescribeTagsRequest::builder,
                        DescribeTagsResponse::builder), new DescribeTags(context)));
    }
}
