package io.cloudgate.cloudwatch.alarms.model;

import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Alarm history of an account, oldest first by key, kept for 30 days as AWS does (also after the alarm is
 * deleted). Keys are the time in milliseconds, zero-padded, plus a sequence and a random suffix, so a scan is chronological.
 */
public final class AlarmHistory {
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final int PAGE = 1000;
    /** Orders items written in the same millisecond by this gateway; the random part keeps gateways apart. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Table table;

    public AlarmHistory(DocumentStore store) {
        this.table = store.table("cw-alarm-history");
    }

    public void record(String account, HistoryRecord item) {
        String key = "%015d-%012x-%04x".formatted(item.timestamp().toEpochMilli(), SEQUENCE.incrementAndGet(),
                ThreadLocalRandom.current().nextInt(0x10000));
        table.putIfAbsent(account, key, AlarmJson.write(item), RETENTION);
    }

    /** The items of an account in [start, end] (either may be null) that match, oldest first. */
    public List<HistoryRecord> query(String account, Instant start, Instant end, Predicate<HistoryRecord> filter) {
        List<HistoryRecord> found = new ArrayList<>();
        String from = start == null ? null : "%015d".formatted(start.toEpochMilli());
        String last = null;
        while (true) {
            List<Document> page = table.scan(account, from, PAGE);
            for (Document document : page) {
                if (document.key().equals(last)) {
                    continue;
                }
                HistoryRecord item = AlarmJson.read(document.json(), HistoryRecord.class);
                if (end != null && item.timestamp().isAfter(end)) {
                    return found;
                }
                if (filter.test(item)) {
                    found.add(item);
                }
            }
            if (page.size() < PAGE) {
                return found;
            }
            last = page.getLast().key();
            from = last;
        }
    }
}
