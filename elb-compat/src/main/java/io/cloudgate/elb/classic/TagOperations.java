package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancing.model.AddTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.AddTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.RemoveTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.RemoveTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.TagDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.TagKeyOnly;

/** AddTags, RemoveTags and DescribeTags of classic balancers (one balancer per change, up to 20 per read). */
final class TagOperations {
    private static final int MAX_NAMES = 20;

    private final ClassicContext context;

    private TagOperations(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        TagOperations ops = new TagOperations(context);
        return List.of(
                BoundOperation.of(operation("AddTags", AddTagsRequest::builder, AddTagsResponse::builder), ops::add),
                BoundOperation.of(operation("RemoveTags", RemoveTagsRequest::builder, RemoveTagsResponse::builder),
                        ops::remove),
                BoundOperation.of(operation("DescribeTags", DescribeTagsRequest::builder,
                        DescribeTagsResponse::builder), ops::describe));
    }

    private AddTagsResponse add(AddTagsRequest request, RequestContext ctx) {
        String name = single(request.loadBalancerNames());
        if (request.tags().isEmpty()) {
            throw ClassicErrors.validation("Tags cannot be empty");
        }
        context.store().locked(ctx.principal().accountId(), () -> {
            ClassicBalancer balancer = context.store().require(ctx.principal().accountId(), name);
            context.store().put(ctx.principal().accountId(), balancer.withTags(Tags.add(balancer.tags(),
                    request.tags())));
            return null;
        });
        return AddTagsResponse.builder().build();
    }

    private RemoveTagsResponse remove(RemoveTagsRequest request, RequestContext ctx) {
        String name = single(request.loadBalancerNames());
        context.store().locked(ctx.principal().accountId(), () -> {
            ClassicBalancer balancer = context.store().require(ctx.principal().accountId(), name);
            Map<String, String> tags = new LinkedHashMap<>(balancer.tags());
            request.tags().stream().map(TagKeyOnly::key).forEach(tags::remove);
            context.store().put(ctx.principal().accountId(), balancer.withTags(tags));
            return null;
        });
        return RemoveTagsResponse.builder().build();
    }

    private DescribeTagsResponse describe(DescribeTagsRequest request, RequestContext ctx) {
        if (request.loadBalancerNames().isEmpty() || request.loadBalancerNames().size() > MAX_NAMES) {
            throw ClassicErrors.validation("LoadBalancerNames must name 1 to " + MAX_NAMES + " load balancers");
        }
        List<TagDescription> descriptions = new LinkedHashSet<>(request.loadBalancerNames()).stream()
                .map(name -> context.store().require(ctx.principal().accountId(), name))
                .map(b -> TagDescription.builder().loadBalancerName(b.name()).tags(Tags.toSdk(b.tags())).build())
                .toList();
        return DescribeTagsResponse.builder().tagDescriptions(descriptions).build();
    }

    /** Tag changes name exactly one balancer. */
    private static String single(List<String> names) {
        if (names.size() != 1) {
            throw ClassicErrors.validation("LoadBalancerNames must name exactly one load balancer");
        }
        return names.getFirst();
    }
}
