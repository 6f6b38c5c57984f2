package io.cloudgate.ec2.ops.tags;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.TagStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.ec2.model.TagDescription;

/** Every tag of the account, one row per resource and key, by resource id and key, in pages. */
public final class DescribeTags implements Operation<DescribeTagsRequest, DescribeTagsResponse> {
    /** One tag of one resource, with all that resource's tags for the tag:Key filters. */
    private record Row(String resourceId, String resourceType, String key, String value,
                       Map<String, String> resourceTags) {
        /** Orders rows as (resource id, key); a space sorts before every character of ids and keys we page on. */
        String pageKey() {
            return resourceId + " " + key;
        }
    }

    private static final Filters<Row> FILTERS = new Filters<>(Map.<String, Function<Row, Collection<String>>>of(
            "key", row -> List.of(row.key()),
            "value", row -> List.of(row.value()),
            "resource-id", row -> List.of(row.resourceId()),
            "resource-type", row -> List.of(row.resourceType())),
            Row::resourceTags);

    private final Ec2Context context;

    DescribeTags(Ec2Context context) {
        this.context = context;
    }

    @Override
    public DescribeTagsResponse handle(DescribeTagsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<Row> rows = context.tags().list(account).stream()
                .sorted(Comparator.comparing(TagStore.ResourceTags::resourceId))
                .flatMap(resource -> resource.tags().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(tag -> new Row(resource.resourceId(), resource.resourceType(), tag.getKey(),
                                tag.getValue(), resource.tags())))
                .filter(FILTERS.matcher(request.filters()))
                .toList();
        Page<Row> page = Page.of(rows, Row::pageKey, request.maxResults(), request.nextToken(), 5, 1000);
        List<TagDescription> tags = page.items().stream()
                .map(row -> TagDescription.builder().resourceId(row.resourceId()).resourceType(row.resourceType())
                        .key(row.key()).value(row.value()).build())
                .toList();
        return DescribeTagsResponse.builder().tags(tags).nextToken(page.nextToken()).build();
    }
}
