package io.cloudgate.ec2.ops.tags;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsResponse;

/** Removes tags from resources: the named ones (by key, or key and value), or all of them when none are named. */
public final class DeleteTags implements Operation<DeleteTagsRequest, DeleteTagsResponse> {
    private final Ec2Context context;
    private final TagTargets targets;

    DeleteTags(Ec2Context context, TagTargets targets) {
        this.context = context;
        this.targets = targets;
    }

    @Override
    public DeleteTagsResponse handle(DeleteTagsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<String> resources = TagRequests.resources(request.resources());
        Map<String, String> tags = TagRequests.toDelete(request.tags());
        resources.forEach(resourceId -> targets.requireExists(account, resourceId));
        DryRun.check(request.dryRun());
        for (String resourceId : resources) {
            if (tags.isEmpty()) {
                context.tags().forget(account, resourceId);
            } else {
                context.tags().remove(account, resourceId, tags);
            }
        }
        return DeleteTagsResponse.builder().build();
    }
}
