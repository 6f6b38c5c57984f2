package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags of every EC2 resource of an account, by AWS id. Kept by the gateway rather than the backend, so
 * every resource kind can be tagged alike. Limits as AWS: 50 tags, keys up to 128 and values up to 256
 * characters, no "aws:" prefix. Single reads go to the store; listings are served from a {@link TagIndex}
 * (another gateway's writes show in them within {@link TagIndex#REFRESH}).
 */
public final class TagStore {
    private static final int MAX_TAGS = 50;

    private final VersionedTable<ResourceTags> tags;
    private final TagIndex index;
    private final Map<ResourceKind, Existence> existence = new ConcurrentHashMap<>();

    /** Whether an id of some kind names a resource of the account. */
    @FunctionalInterface
    public interface Existence {
        boolean exists(String account, String awsId);
    }

    /** The tags of one resource. */
    public record ResourceTags(String resourceId, String resourceType, Map<String, String> tags) {
        /** The same entry with tags that cannot be changed (entries of the index are shared by requests). */
        static ResourceTags readOnly(ResourceTags entry) {
            return new ResourceTags(entry.resourceId(), entry.resourceType(),
                    Collections.unmodifiableMap(entry.tags()));
        }
    }

    public TagStore(DocumentStore store, Clock clock) {
        this.tags = new VersionedTable<>(store.table("ec2-tags"), ResourceTags.class);
        this.index = new TagIndex(tags, clock);
    }

    /**
     * Lets CreateTags and DeleteTags check ids of a kind only the EC2 layer keeps (launch templates, route
     * tables...); the area that keeps the kind registers it once. Ids of kinds the compute port knows are
     * checked against the port; ids of unregistered EC2-only kinds are taken as they are.
     */
    public void registerExistence(ResourceKind kind, Existence check) {
        existence.put(kind, check);
    }

    /** The registered check for an EC2-only kind, if any. */
    public Optional<Existence> existence(ResourceKind kind) {
        return Optional.ofNullable(existence.get(kind));
    }

    public Map<String, String> of(String account, String resourceId) {
        return tags.get(account, resourceId).map(ResourceTags::tags).orElse(Map.of());
    }

    /** Every tagged resource of the account, by resource id (for filtering whole listings); tags are read-only. */
    public Map<String, Map<String, String>> all(String account) {
        Map<String, ResourceTags> entries = index.of(account);
        Map<String, Map<String, String>> result = HashMap.newHashMap(entries.size());
        entries.forEach((resourceId, entry) -> result.put(resourceId, entry.tags()));
        return result;
    }

    /** Every tagged resource of the account, in resource id order; tags are read-only. */
    public List<ResourceTags> list(String account) {
        return new ArrayList<>(index.of(account).values());
    }

    /**
     * The account's tagged resources of one kind, in resource id order, from {@code fromId} on (null: from
     * the first); a live, read-only view.
     */
    public Collection<ResourceTags> list(String account, ResourceKind kind, String fromId) {
        String first = kind.prefix() + "-";
        String afterLast = kind.prefix() + (char) ('-' + 1);
        String from = fromId == null || fromId.compareTo(first) < 0 ? first : fromId;
        NavigableMap<String, ResourceTags> entries = index.of(account);
        return from.compareTo(afterLast) >= 0 ? List.of() : entries.subMap(from, true, afterLast, false).values();
    }

    /** Adds or overwrites tags. */
    public void put(String account, String resourceId, Map<String, String> newTags) {
        ResourceKind kind = ResourceKind.ofId(resourceId);
        if (kind == null) {
            throw AwsException.badRequest("InvalidID", "The ID '" + resourceId + "' is not valid");
        }
        newTags.forEach(TagStore::validate);
        index.update(account, resourceId, current -> {
            Map<String, String> merged = new TreeMap<>(current == null ? Map.of() : current.tags());
            newTags.forEach((key, value) -> merged.put(key, value == null ? "" : value));
            if (merged.keySet().stream().filter(key -> !key.startsWith("aws:")).count() > MAX_TAGS) {
                throw AwsException.badRequest("TagLimitExceeded",
                        "The maximum number of Tags for a resource is " + MAX_TAGS + ".");
            }
            return new ResourceTags(resourceId, kind.tagResourceType(), merged);
        });
    }

    /**
     * Adds tags AWS itself sets, under its reserved "aws:" prefix (an instance's aws:ec2launchtemplate:id),
     * which clients may read and filter on but not set. They do not count towards the limit of 50.
     */
    public void putSystem(String account, String resourceId, Map<String, String> systemTags) {
        ResourceKind kind = ResourceKind.ofId(resourceId);
        index.update(account, resourceId, current -> {
            Map<String, String> merged = new TreeMap<>(current == null ? Map.of() : current.tags());
            merged.putAll(systemTags);
            return new ResourceTags(resourceId, kind.tagResourceType(), merged);
        });
    }

    /** Removes the keys; a key mapped to a non-null value is removed only when the value matches. */
    public void remove(String account, String resourceId, Map<String, String> keys) {
        if (of(account, resourceId).isEmpty()) {
            return;
        }
        ResourceKind kind = ResourceKind.ofId(resourceId);
        index.update(account, resourceId, current -> {
            Map<String, String> remaining = new TreeMap<>(current == null ? Map.of() : current.tags());
            keys.forEach((key, value) -> {
                if (value == null || value.equals(remaining.get(key))) {
                    remaining.remove(key);
                }
            });
            return new ResourceTags(resourceId, kind.tagResourceType(), remaining);
        });
    }

    /** Forgets the tags of a deleted resource. */
    public void forget(String account, String resourceId) {
        index.delete(account, resourceId);
    }

    /** Refuses keys and values AWS refuses (shared with tags on create and CreateTags). */
    public static void validate(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > 128) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Tag key must be between 1 and 128 characters: '" + key + "'");
        }
        if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Tag keys starting with 'aws:' are reserved for internal use");
        }
        if (value != null && value.length() > 256) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Tag value must be at most 256 characters: '" + key + "'");
        }
    }
}
