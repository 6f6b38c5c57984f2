package io.cloudgate.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers recent reads of documents for a short time. Writes made through the owning {@link TypedTable}
 * drop the entry at once; writes made by another gateway sharing the store become visible within the
 * time-to-live. Bounded: when full it starts over rather than tracking recency.
 */
final class ReadCache<T> {
    private static final int MAX_ENTRIES = 50_000;

    private final long ttlNanos;
    private final ConcurrentHashMap<Id, Entry<T>> entries = new ConcurrentHashMap<>();

    private record Entry<T>(Optional<T> value, long expiresAtNanos) {
    }

    /** A document's place; a record rather than a joined string, which cost two arrays per read. */
    private record Id(String partition, String key) {
    }

    ReadCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Optional<T> get(String partition, String key, Supplier<Optional<T>> load) {
        Id id = new Id(partition, key);
        long now = System.nanoTime();
        Entry<T> cached = entries.get(id);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.value();
        }
        Optional<T> loaded = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(id, new Entry<>(loaded, now + ttlNanos));
        return loaded;
    }

    void forget(String partition, String key) {
        entries.remove(new Id(partition, key));
    }
}
