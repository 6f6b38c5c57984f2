package io.cloudgate.elb.v2.ops.account;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsResponse;

public final class RemoveTags implements Operation<RemoveTagsRequest, RemoveTagsResponse> {
    private final V2Context context;
    private final TaggedResources resources;

    public RemoveTags(V2Context context) {
        this.context = context;
        this.resources = new TaggedResources(context);
    }

    @Override
    public RemoveTagsResponse handle(RemoveTagsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            for (String arn : request.resourceArns()) {
                resources.change(account, arn, tags -> {
                    Map<String, String> changed = new LinkedHashMap<>(tags);
                    request.tagKeys().forEach(changed::remove);
                    return changed;
                });
            }
            return null;
        });
        return RemoveTagsResponse.builder().build();
    }
}
