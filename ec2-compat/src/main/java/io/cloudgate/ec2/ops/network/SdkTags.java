package io.cloudgate.ec2.ops.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Tag;

/** The tags of an SDK shape as a map, for filtering views that already carry their tags. */
public final class SdkTags {
    private SdkTags() {
    }

    public static Map<String, String> asMap(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        tags.forEach(tag -> map.put(tag.key(), tag.value()));
        return map;
    }
}
