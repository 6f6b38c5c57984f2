package io.cloudgate.ec2.ops.tags;

import io.cloudgate.api.AwsException;
import io.cloudgate.ec2.core.TagStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Tag;

/** The Resources and Tags parameters of CreateTags and DeleteTags. */
final class TagRequests {
    private static final int MAX_RESOURCES = 1000;

    private TagRequests() {
    }

    static List<String> resources(List<String> resources) {
        if (resources.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter resourceIdSet");
        }
        if (resources.size() > MAX_RESOURCES) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Too many resources: " + resources.size() + " (expected: at most " + MAX_RESOURCES + ")");
        }
        return resources.stream().distinct().toList();
    }

    /** Tags to set; a tag without a value gets the empty value. */
    static Map<String, String> toSet(List<Tag> tags) {
        if (tags.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter tagSet");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Tag tag : tags) {
            TagStore.validate(tag.key(), tag.value());
            result.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        return result;
    }

    /** Tags to delete: a tag without a value goes whatever its value; with one, only if the value matches. */
    static Map<String, String> toDelete(List<Tag> tags) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Tag tag : tags) {
            if (tag.key() == null) {
                throw AwsException.badRequest("InvalidParameterValue", "Tag key must not be empty");
            }
            result.put(tag.key(), tag.value());
        }
        return result;
    }
}
