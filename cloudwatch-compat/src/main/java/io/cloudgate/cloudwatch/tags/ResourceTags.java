package io.cloudgate.cloudwatch.tags;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudwatch.model.Tag;

/** Tags of CloudWatch resources (alarms, dashboards), one document per resource ARN, keys in order. */
public final class ResourceTags {
    private final TypedTable<TagSet> table;

    /** The tags of one resource. */
    public record TagSet(Map<String, String> tags) {
    }

    public ResourceTags(DocumentStore store) {
        this.table = new TypedTable<>(store.table("cw-tags"), TagSet.class);
    }

    public List<Tag> list(String account, String arn) {
        return current(account, arn).entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }

    /** Adds or overwrites tags. */
    public void add(String account, String arn, List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        TreeMap<String, String> merged = current(account, arn);
        tags.forEach(tag -> merged.put(tag.key(), tag.value() == null ? "" : tag.value()));
        table.put(account, arn, new TagSet(merged));
    }

    public void remove(String account, String arn, List<String> keys) {
        TreeMap<String, String> remaining = current(account, arn);
        keys.forEach(remaining::remove);
        table.put(account, arn, new TagSet(remaining));
    }

    /** Forgets every tag of a deleted resource. */
    public void forget(String account, String arn) {
        table.delete(account, arn);
    }

    private TreeMap<String, String> current(String account, String arn) {
        return new TreeMap<>(table.get(account, arn).map(TagSet::tags).orElse(Map.of()));
    }
}
