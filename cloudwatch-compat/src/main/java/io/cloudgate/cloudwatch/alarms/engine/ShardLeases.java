package io.cloudgate.cloudwatch.alarms.engine;

import io.cloudgate.cloudwatch.alarms.model.AlarmJson;
import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Leases on alarm shards, so that of several gateways sharing a store exactly one evaluates a given alarm.
 * A lease is a row written with the store's conditional writes: taken when absent, renewed by its owner, and
 * taken over by compare-and-set once its expiry time has passed. The expiry lives in the row rather than in a
 * store TTL because a compare-and-set rewrite keeps the TTL of the first write, which would drop a renewed lease.
 */
public final class ShardLeases {
    private static final String PARTITION = "shards";

    private final Table table;
    private final String owner;
    private final Duration duration;

    record Lease(String owner, long untilMillis) {
    }

    public ShardLeases(DocumentStore store, String owner, Duration duration) {
        this.table = store.table("cw-alarm-leases");
        this.owner = owner;
        this.duration = duration;
    }

    /** Takes or renews the lease on a shard; returns whether this gateway holds it until now + duration. */
    public boolean hold(int shard, Instant now) {
        String key = "shard-" + shard;
        String mine = AlarmJson.write(new Lease(owner, now.plus(duration).toEpochMilli()));
        Optional<Document> current = table.get(PARTITION, key);
        if (current.isEmpty()) {
            return table.putIfAbsent(PARTITION, key, mine, null);
        }
        Lease lease = AlarmJson.read(current.get().json(), Lease.class);
        if (!lease.owner().equals(owner) && lease.untilMillis() > now.toEpochMilli()) {
            return false;
        }
        return table.replace(PARTITION, key, current.get().version(), mine);
    }

    /** Gives up the leases this gateway holds, so another can take over at once. */
    public void releaseAll(int shards) {
        for (int shard = 0; shard < shards; shard++) {
            String key = "shard-" + shard;
            table.get(PARTITION, key)
                    .filter(document -> AlarmJson.read(document.json(), Lease.class).owner().equals(owner))
                    .ifPresent(document -> table.delete(PARTITION, key));
        }
    }
}
