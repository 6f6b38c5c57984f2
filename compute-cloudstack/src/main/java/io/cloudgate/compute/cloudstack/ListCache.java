package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Short-lived answers of list calls per tenant. Concurrent identical calls share one backend call (the first
 * caller loads, the others wait for its answer), so many tenants polling Describe do not load the management
 * server. A tenant's entries are dropped when it changes something, so it reads its own writes. A failed call is
 * shared by its waiters but not kept (and not logged as a failed load: to CloudStack an unknown id is an error).
 */
final class ListCache {
    private record Key(String tenant, String command, Map<String, String> params) {
    }

    /** The answer or the failure of one call. */
    private record Outcome(List<JsonNode> items, RuntimeException failure) {
    }

    private final AsyncCache<Key, Outcome> cache;

    ListCache(Clock clock, Duration ttl) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).ticker(new ClockTicker(clock))
                .executor(Runnable::run).maximumSize(10_000).buildAsync();
    }

    List<JsonNode> get(String tenant, String command, Map<String, String> params, Supplier<List<JsonNode>> load) {
        Key key = new Key(tenant, command, Map.copyOf(params));
        CompletableFuture<Outcome> answer = cache.get(key, k -> {
            try {
                return new Outcome(load.get(), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        });
        Outcome outcome = answer.join();
        if (outcome.failure() != null) {
            cache.asMap().remove(key, answer);
            throw outcome.failure();
        }
        return outcome.items();
    }

    /** Drops every tenant's answers of the command (what one tenant changed others see, e.g. shared templates). */
    void invalidateCommand(String command) {
        cache.asMap().keySet().removeIf(key -> key.command().equals(command));
    }

    void invalidate(String tenant) {
        cache.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
    }
}
