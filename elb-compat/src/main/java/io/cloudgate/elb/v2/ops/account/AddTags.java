package io.cloudgate.elb.v2.ops.account;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsResponse;

public final class AddTags implements Operation<AddTagsRequest, AddTagsResponse> {
    private final V2Context context;
    private final TaggedResources resources;

    public AddTags(V2Context context) {
        this.context = context;
        this.resources = new TaggedResources(context);
    }

    @Override
    public AddTagsResponse handle(AddTagsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            for (String arn : request.resourceArns()) {
                resources.change(account, arn, tags -> {
                    Map<String, String> changed = new LinkedHashMap<>(tags);
                    request.tags().forEach(tag -> changed.put(tag.key(), tag.value() == null ? "" : tag.value()));
                    return changed;
                });
            }
            return null;
        });
        return AddTagsResponse.builder().build();
    }
}
