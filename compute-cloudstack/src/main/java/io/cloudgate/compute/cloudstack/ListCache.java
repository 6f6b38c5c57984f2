package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Short-lived answers of list calls per tenant. Concurrent identical calls share one backend call (the first
 * caller loads, the others wait for its answer), so many tenants polling Describe do not load the management
 * server. A tenant's entries are dropped when it changes something, so it reads its own writes.
 */
final class ListCache {
    private record Key(String tenant, String command, Map<String, String> params) {
    }

    private final AsyncCache<Key, List<JsonNode>> cache;

    ListCache(Clock clock, Duration ttl) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).ticker(new ClockTicker(clock))
                .executor(Runnable::run).maximumSize(10_000).buildAsync();
    }

    List<JsonNode> get(String tenant, String command, Map<String, String> params, Supplier<List<JsonNode>> load) {
        try {
            return cache.get(new Key(tenant, command, Map.copyOf(params)), key -> load.get()).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    void invalidate(String tenant) {
        cache.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
    }
}
