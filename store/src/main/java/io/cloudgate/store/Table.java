package io.cloudgate.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A table of JSON documents addressed by (partition, key), keys ordered within a partition.
 * The shape both the embedded engine and Cassandra do well: no scans across partitions.
 */
public interface Table {
    Optional<Document> get(String partition, String key);

    /** Up to {@code limit} documents of a partition with key >= {@code fromKey} (null: from the start), in key order. */
    List<Document> scan(String partition, String fromKey, int limit);

    /** Writes unconditionally; returns the new version. */
    long put(String partition, String key, String json);

    /** Writes only if the key is absent (or expired); returns whether it wrote. A null ttl never expires. */
    boolean putIfAbsent(String partition, String key, String json, Duration ttl);

    /** Writes only if the current version equals {@code expectedVersion}; returns whether it wrote. */
    boolean replace(String partition, String key, long expectedVersion, String json);

    /** Returns whether a document was removed. */
    boolean delete(String partition, String key);
}
