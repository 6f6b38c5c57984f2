package io.cloudgate.route53.tags;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.route53.core.Route53Errors;
import io.cloudgate.route53.core.Route53Ids;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import software.amazon.awssdk.services.route53.model.ChangeTagsForResourceRequest;
import software.amazon.awssdk.services.route53.model.ChangeTagsForResourceResponse;
import software.amazon.awssdk.services.route53.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.route53.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.route53.model.ListTagsForResourcesRequest;
import software.amazon.awssdk.services.route53.model.ListTagsForResourcesResponse;
import software.amazon.awssdk.services.route53.model.ResourceTagSet;
import software.amazon.awssdk.services.route53.model.Tag;

/** Tags of hosted zones and health checks. */
public final class TagOperations {
    private static final int TAGS_PER_RESOURCE = 50;
    private static final int RESOURCES_PER_LISTING = 10;

    /** A resource's tags in the order they were first added. */
    public record Tags(LinkedHashMap<String, String> tags) {
    }

    private final TypedTable<Tags> tags;
    private final BiPredicate<String, String> zoneExists;
    private final BiPredicate<String, String> healthCheckExists;

    private TagOperations(DocumentStore store, BiPredicate<String, String> zoneExists,
                          BiPredicate<String, String> healthCheckExists) {
        this.tags = new TypedTable<>(store.table("route53-tags"), Tags.class);
        this.zoneExists = zoneExists;
        this.healthCheckExists = healthCheckExists;
    }

    /** @param zoneExists and healthCheckExists: whether (account, id) names one of the account's resources */
    public static List<BoundOperation> all(DocumentStore store, BiPredicate<String, String> zoneExists,
                                           BiPredicate<String, String> healthCheckExists) {
        TagOperations handlers = new TagOperations(store, zoneExists, healthCheckExists);
        return List.of(
                BoundOperation.of(operation("ChangeTagsForResource", ChangeTagsForResourceRequest::builder,
                        ChangeTagsForResourceResponse::builder,
                        new HttpBinding("POST", "/2013-04-01/tags/{ResourceType}/{ResourceId}", 200)),
                        handlers::change),
                BoundOperation.of(operation("ListTagsForResource", ListTagsForResourceRequest::builder,
                        ListTagsForResourceResponse::builder,
                        new HttpBinding("GET", "/2013-04-01/tags/{ResourceType}/{ResourceId}", 200)),
                        handlers::list),
                BoundOperation.of(operation("ListTagsForResources", ListTagsForResourcesRequest::builder,
                        ListTagsForResourcesResponse::builder,
                        new HttpBinding("POST", "/2013-04-01/tags/{ResourceType}", 200)), handlers::listMany));
    }

    ChangeTagsForResourceResponse change(ChangeTagsForResourceRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String key = resourceKey(account, request.resourceTypeAsString(), request.resourceId());
        LinkedHashMap<String, String> current = new LinkedHashMap<>(read(account, key));
        request.removeTagKeys().forEach(current::remove);
        for (Tag tag : request.addTags()) {
            if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128
                    || tag.value() != null && tag.value().length() > 256) {
                throw Route53Errors.invalidInput("Tag keys must have 1 to 128 characters and values at most 256.");
            }
            current.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        if (current.size() > TAGS_PER_RESOURCE) {
            throw Route53Errors.invalidInput("A resource can have at most " + TAGS_PER_RESOURCE + " tags.");
        }
        tags.put(account, key, new Tags(current));
        return ChangeTagsForResourceResponse.builder().build();
    }

    ListTagsForResourceResponse list(ListTagsForResourceRequest request, RequestContext context) {
        String account = context.principal().accountId();
        return ListTagsForResourceResponse.builder()
                .resourceTagSet(tagSet(account, request.resourceTypeAsString(), request.resourceId()))
                .build();
    }

    ListTagsForResourcesResponse listMany(ListTagsForResourcesRequest request, RequestContext context) {
        String account = context.principal().accountId();
        if (request.resourceIds().isEmpty() || request.resourceIds().size() > RESOURCES_PER_LISTING) {
            throw Route53Errors.invalidInput("1 validation error detected: Value at 'resourceIds' failed to satisfy "
                    + "constraint: Member must have length between 1 and " + RESOURCES_PER_LISTING);
        }
        return ListTagsForResourcesResponse.builder()
                .resourceTagSets(request.resourceIds().stream()
                        .map(id -> tagSet(account, request.resourceTypeAsString(), id)).toList())
                .build();
    }

    private ResourceTagSet tagSet(String account, String type, String id) {
        String key = resourceKey(account, type, id);
        return ResourceTagSet.builder()
                .resourceType(type)
                .resourceId(Route53Ids.bare(id))
                .tags(read(account, key).entrySet().stream()
                        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList())
                .build();
    }

    private Map<String, String> read(String account, String key) {
        return tags.get(account, key).map(Tags::tags).map(Map.class::cast).orElse(Map.of());
    }

    /** The storage key of an existing resource of the account; unknown resources are AWS's not-found errors. */
    private String resourceKey(String account, String type, String rawId) {
        String id = Route53Ids.bare(rawId);
        if ("hostedzone".equals(type)) {
            if (!zoneExists.test(account, id)) {
                throw Route53Errors.noSuchHostedZone(id);
            }
        } else if ("healthcheck".equals(type)) {
            if (!healthCheckExists.test(account, id)) {
                throw Route53Errors.noSuchHealthCheck(id);
            }
        } else {
            throw Route53Errors.invalidInput("1 validation error detected: Value '" + type + "' at 'resourceType' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: [healthcheck, hostedzone]");
        }
        return type + "/" + id;
    }
}
