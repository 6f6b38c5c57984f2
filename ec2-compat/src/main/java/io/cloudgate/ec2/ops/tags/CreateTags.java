package io.cloudgate.ec2.ops.tags;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.CreateTagsResponse;

/** Adds or overwrites tags on resources of any kind; every resource is checked before any is tagged. */
public final class CreateTags implements Operation<CreateTagsRequest, CreateTagsResponse> {
    private final Ec2Context context;
    private final TagTargets targets;

    CreateTags(Ec2Context context, TagTargets targets) {
        this.context = context;
        this.targets = targets;
    }

    @Override
    public CreateTagsResponse handle(CreateTagsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<String> resources = TagRequests.resources(request.resources());
        Map<String, String> tags = TagRequests.toSet(request.tags());
        resources.forEach(resourceId -> targets.requireExists(account, resourceId));
        DryRun.check(request.dryRun());
        resources.forEach(resourceId -> context.tags().put(account, resourceId, tags));
        return CreateTagsResponse.builder().build();
    }
}
