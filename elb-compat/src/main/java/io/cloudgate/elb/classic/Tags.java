package io.cloudgate.elb.classic;

import io.cloudgate.api.AwsException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancing.model.Tag;

/** Tag rules of classic balancers: at most 50 per balancer, keys unique within a request. */
final class Tags {
    static final int MAX = 50;

    private Tags() {
    }

    /** The tags after adding these (existing keys take the new value). */
    static Map<String, String> add(Map<String, String> existing, List<Tag> added) {
        Set<String> seen = new HashSet<>();
        Map<String, String> merged = new LinkedHashMap<>(existing);
        for (Tag tag : added) {
            if (tag == null || tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128) {
                throw ClassicErrors.validation("Tag keys must be 1 to 128 characters long");
            }
            if (tag.value() != null && tag.value().length() > 256) {
                throw ClassicErrors.validation("Tag values must be at most 256 characters long");
            }
            if (!seen.add(tag.key())) {
                throw AwsException.badRequest("DuplicateTagKeys", "Tag key was specified more than once: "
                        + tag.key());
            }
            merged.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        if (merged.size() > MAX) {
            throw AwsException.badRequest("TooManyTags",
                    "The quota for the number of tags that can be assigned to a load balancer has been reached");
        }
        return merged;
    }

    static List<Tag> toSdk(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }
}
