package io.cloudgate.compute.embedded;

import io.cloudgate.store.TypedTable;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * A typed table with a write-through, in-memory copy of each partition read so far, so that listing a
 * large account (thousands of machines) costs no decoding. The store stays the source of truth: a
 * partition is loaded from it on first use and every write goes to the store before the copy. Writes to a
 * partition must be serialized by the caller (the account lock); only one cloud may use a store at a time.
 */
final class CachedTable<T> {
    private final TypedTable<T> table;
    private final Function<T, String> keyOf;
    private final Map<String, Partition<T>> partitions = new ConcurrentHashMap<>();

    /** One partition's records, in key order for listings and hashed for lookups of one key. */
    private record Partition<T>(ConcurrentSkipListMap<String, T> ordered, ConcurrentHashMap<String, T> byKey) {
        void put(String key, T value) {
            ordered.put(key, value);
            byKey.put(key, value);
        }

        void remove(String key) {
            ordered.remove(key);
            byKey.remove(key);
        }
    }

    CachedTable(TypedTable<T> table, Function<T, String> keyOf) {
        this.table = table;
        this.keyOf = keyOf;
    }

    Optional<T> get(String partition, String key) {
        return Optional.ofNullable(partition(partition).byKey().get(key));
    }

    /** Every record of the partition, in key order. */
    List<T> all(String partition) {
        return List.copyOf(partition(partition).ordered().values());
    }

    /** Every record of the partition in no order: a live, read-only view, for counting and summing thousands. */
    Collection<T> unordered(String partition) {
        return Collections.unmodifiableCollection(partition(partition).byKey().values());
    }

    void put(String partition, String key, T value) {
        Partition<T> cached = partition(partition);
        table.put(partition, key, value);
        cached.put(key, value);
    }

    boolean putIfAbsent(String partition, String key, T value) {
        Partition<T> cached = partition(partition);
        if (!table.putIfAbsent(partition, key, value, null)) {
            return false;
        }
        cached.put(key, value);
        return true;
    }

    boolean delete(String partition, String key) {
        Partition<T> cached = partition(partition);
        boolean deleted = table.delete(partition, key);
        cached.remove(key);
        return deleted;
    }

    private Partition<T> partition(String partition) {
        return partitions.computeIfAbsent(partition, p -> {
            Partition<T> loaded = new Partition<>(new ConcurrentSkipListMap<>(), new ConcurrentHashMap<>());
            table.scan(p, null, Integer.MAX_VALUE).forEach(value -> loaded.put(keyOf.apply(value), value));
            return loaded;
        });
    }
}
