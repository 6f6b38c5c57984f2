package io.cloudgate.compute.cloudstack;

import io.cloudgate.compute.UsageSample;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Machines' per-minute usage in the DocumentStore, so it outlives restarts and every gateway reads the same: one
 * partition per tenant and machine, keyed by minute, kept 15 days (as CloudWatch keeps one-minute data). Records are
 * only written if absent, so when several gateways sample, each machine has one record per minute, the first
 * written. A claim per tenant and minute lets one gateway only list a tenant's VMs each minute.
 */
final class UsageRecords {
    static final Duration RETENTION = Duration.ofDays(15);
    /** Claims are only compared within a minute or two; they outlive that only to be safe from clock skew. */
    private static final Duration CLAIM_TTL = Duration.ofHours(1);
    private static final int PAGE = 1440;
    private static final long LAST_MINUTE = 999_999_999_999L;

    private final DocumentStore store;
    private final TypedTable<UsageRecord> records;
    private final Table claims;

    UsageRecords(DocumentStore store) {
        this.store = store;
        this.records = new TypedTable<>(store.table("cloudstack-usage"), UsageRecord.class);
        this.claims = store.table("cloudstack-usage-claims");
    }

    /** Whether this gateway is the one to sample the tenant for the minute (the first to ask). */
    boolean claim(String tenant, long epochMinute) {
        return claims.putIfAbsent(tenant, key(epochMinute), "{}", CLAIM_TTL);
    }

    Optional<UsageRecord> find(String tenant, String machineId, long epochMinute) {
        return records.get(partition(tenant, machineId), key(epochMinute));
    }

    /** Keeps the record unless the machine already has one for its minute. */
    void add(String tenant, String machineId, UsageRecord record) {
        records.putIfAbsent(partition(tenant, machineId), key(record.epochMinute()), record, RETENTION);
    }

    /** Runs the writes of one sampling pass as one durable batch. */
    void batch(Runnable writes) {
        store.batch(writes);
    }

    /** The machine's samples of the minutes starting in [from, to), ascending. */
    List<UsageSample> samples(String tenant, String machineId, Instant from, Instant to) {
        long next = minuteAtOrAfter(from);
        long end = minuteAtOrAfter(to);
        String partition = partition(tenant, machineId);
        List<UsageSample> samples = new ArrayList<>();
        while (next < end) {
            List<UsageRecord> page = records.scan(partition, key(next), PAGE);
            for (UsageRecord record : page) {
                if (record.epochMinute() >= end) {
                    return samples;
                }
                if (record.sample() != null) {
                    samples.add(record.sample());
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            next = page.get(page.size() - 1).epochMinute() + 1;
        }
        return samples;
    }

    /** The first minute starting at or after the instant. */
    private static long minuteAtOrAfter(Instant instant) {
        long seconds = instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
        return Math.clamp(Math.ceilDiv(seconds, 60), 0, LAST_MINUTE);
    }

    /** Machine ids never contain a slash, so tenant and machine cannot run into each other. */
    private static String partition(String tenant, String machineId) {
        return tenant + "/" + machineId;
    }

    /** Fixed width, so keys sort as minutes do. */
    private static String key(long epochMinute) {
        return String.format("%012d", Math.clamp(epochMinute, 0, LAST_MINUTE));
    }
}
