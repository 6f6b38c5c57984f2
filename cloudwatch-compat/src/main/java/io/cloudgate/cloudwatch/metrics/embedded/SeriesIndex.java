package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.ListedSeries;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import io.cloudgate.store.Table;
import io.cloudgate.store.TypedTable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The series of each account, one partition per account keyed by namespace, metric name and series id, so that
 * a namespace (and name) filter reads a key range. The last-write time is rewritten at most once per
 * {@link MetricStore#LAST_WRITE_PRECISION} per series and gateway, remembered in memory in between.
 */
final class SeriesIndex {
    private static final Duration LISTED_FOR = Duration.ofDays(14);
    private static final int SCAN_CHUNK = 500;

    private final TypedTable<SeriesEntry> entries;
    private final Clock clock;
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    SeriesIndex(Table table, Clock clock) {
        this.entries = new TypedTable<>(table, SeriesEntry.class);
        this.clock = clock;
    }

    /** Records a write to the series whose id ({@link SeriesIds#of}) is given. */
    void touch(MetricSeries series, String seriesId) {
        Instant now = clock.instant();
        Instant last = recorded.get(seriesId);
        if (last != null && now.isBefore(last.plus(MetricStore.LAST_WRITE_PRECISION))) {
            return;
        }
        entries.put(series.account(), key(series.namespace(), series.metricName(), seriesId),
                new SeriesEntry(series, now));
        recorded.put(seriesId, now);
    }

    SeriesPage list(String account, SeriesFilter filter, String pageToken, int pageSize) {
        String prefix = filter.namespace() == null ? ""
                : filter.metricName() == null ? filter.namespace() + "\n"
                : filter.namespace() + "\n" + filter.metricName() + "\n";
        String fromKey = pageToken == null ? prefix : decode(pageToken, prefix);
        boolean skipFromKey = pageToken != null;
        Instant listedSince = clock.instant().minus(LISTED_FOR);
        List<ListedSeries> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (true) {
            List<SeriesEntry> chunk = entries.scan(account, fromKey, SCAN_CHUNK);
            for (SeriesEntry entry : chunk) {
                String key = key(entry.series());
                if (skipFromKey && key.equals(fromKey)) {
                    continue;
                }
                if (!key.startsWith(prefix)) {
                    return page(found, keys, pageSize);
                }
                if (!entry.lastWrite().isBefore(listedSince) && filter.matches(entry.series(), entry.lastWrite())) {
                    found.add(new ListedSeries(entry.series(), entry.lastWrite()));
                    keys.add(key);
                    if (found.size() > pageSize) {
                        return page(found, keys, pageSize);
                    }
                }
            }
            if (chunk.size() < SCAN_CHUNK) {
                return page(found, keys, pageSize);
            }
            fromKey = key(chunk.getLast().series());
            skipFromKey = true;
        }
    }

    private static SeriesPage page(List<ListedSeries> found, List<String> keys, int pageSize) {
        if (found.size() <= pageSize) {
            return new SeriesPage(found, null);
        }
        return new SeriesPage(found.subList(0, pageSize), encode(keys.get(pageSize - 1)));
    }

    private static String key(MetricSeries series) {
        return key(series.namespace(), series.metricName(), SeriesIds.of(series));
    }

    private static String key(String namespace, String metricName, String seriesId) {
        return namespace + "\n" + metricName + "\n" + seriesId;
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token, String prefix) {
        try {
            String key = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!key.startsWith(prefix) || key.split("\n", -1).length != 3) {
                throw new IllegalArgumentException("Invalid page token");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid page token", e);
        }
    }
}
