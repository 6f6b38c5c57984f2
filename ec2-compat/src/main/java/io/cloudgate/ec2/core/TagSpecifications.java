package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Tags on create: the TagSpecifications of a create, allocate or run request, checked before anything is
 * created so a bad tag never leaves an untagged resource behind.
 */
public final class TagSpecifications {
    private static final int MAX_TAGS = 50;

    private TagSpecifications() {
    }

    /**
     * The tags per resource type.
     *
     * @param allowedTypes the resource types the operation can tag ("volume", "snapshot", "instance")
     */
    public static Map<String, Map<String, String>> byType(List<TagSpecification> specifications,
                                                          Set<String> allowedTypes) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (TagSpecification specification : specifications) {
            String type = specification.resourceTypeAsString();
            if (type == null || type.isEmpty()) {
                throw AwsException.badRequest("InvalidParameterValue",
                        "Tag specification resource type must have a value");
            }
            if (!allowedTypes.contains(type)) {
                throw AwsException.badRequest("InvalidParameterValue",
                        "'" + type + "' is not a valid taggable resource type for this operation.");
            }
            if (result.containsKey(type)) {
                throw AwsException.badRequest("InvalidParameterValue",
                        "The same resource type may not be specified more than once in tag specifications");
            }
            if (specification.tags().isEmpty()) {
                throw AwsException.badRequest("InvalidParameterValue", "Tag specification must have at least one tag");
            }
            result.put(type, tags(specification.tags()));
        }
        return result;
    }

    /** The tags for the one resource type an operation creates; empty when none were given. */
    public static Map<String, String> of(List<TagSpecification> specifications, String resourceType) {
        return byType(specifications, Set.of(resourceType)).getOrDefault(resourceType, Map.of());
    }

    private static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Tag tag : tags) {
            TagStore.validate(tag.key(), tag.value());
            result.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        if (result.size() > MAX_TAGS) {
            throw AwsException.badRequest("TagLimitExceeded",
                    "The maximum number of Tags for a resource is " + MAX_TAGS + ".");
        }
        return result;
    }

    /** Tags of an SDK shape as a map (for filtering built shapes). */
    public static Map<String, String> toMap(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        tags.forEach(tag -> map.put(tag.key(), tag.value()));
        return map;
    }

    /** The SDK shape of stored tags, sorted by key as DescribeTags sorts them. */
    public static List<Tag> toSdk(Map<String, String> tags) {
        return new java.util.TreeMap<>(tags).entrySet().stream()
                .map(entry -> Tag.builder().key(entry.getKey()).value(entry.getValue()).build())
                .toList();
    }
}
