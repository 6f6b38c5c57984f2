package io.cloudgate.cloudwatch.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.ListedSeries;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
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
 * The series of each account in {@code metric_series}. A series' row is rewritten at most once per
 * {@link MetricStore#LAST_WRITE_PRECISION} per gateway (remembered in memory in between), with a TTL of the
 * 14 days ListMetrics looks back plus that precision. Page tokens are the last listed clustering key.
 */
final class CqlSeriesIndex {
    private static final Duration LISTED_FOR = Duration.ofDays(14);

    private final CqlSession session;
    private final MetricSchema schema;
    private final Clock clock;
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    CqlSeriesIndex(CqlSession session, MetricSchema schema, Clock clock) {
        this.session = session;
        this.schema = schema;
        this.clock = clock;
    }

    /** Records that these series (by series id) were written now, sending only the rows that are due. */
    void touchAll(Map<String, MetricSeries> seriesById, ConcurrentWrites writes) {
        Instant now = clock.instant();
        int ttl = (int) LISTED_FOR.plus(MetricStore.LAST_WRITE_PRECISION).toSeconds();
        List<ReplicaBatches.Insert> due = new ArrayList<>();
        List<String> dueIds = new ArrayList<>();
        seriesById.forEach((seriesId, series) -> {
            Instant last = recorded.get(seriesId);
            if (last == null || !now.isBefore(last.plus(MetricStore.LAST_WRITE_PRECISION))) {
                due.add(new ReplicaBatches.Insert(series.account(), schema.touchSeries.bind(series.account(),
                        series.namespace(), series.metricName(), seriesId,
                        series.dimensions().stream().map(Dimension::name).toList(),
                        series.dimensions().stream().map(Dimension::value).toList(), now, ttl).setIdempotent(true)));
                dueIds.add(seriesId);
            }
        });
        writes.executeAll(ReplicaBatches.of(due, session));
        dueIds.forEach(seriesId -> recorded.put(seriesId, now));
    }

    SeriesPage list(String account, SeriesFilter filter, String pageToken, int pageSize) {
        String namespacePrefix = filter.namespace() == null ? "" : filter.namespace();
        String namePrefix = filter.metricName() == null || filter.namespace() == null ? "" : filter.metricName();
        List<String> from = pageToken == null ? List.of(namespacePrefix, namePrefix, "") : decode(pageToken);
        var statement = pageToken == null ? schema.listSeriesFrom : schema.listSeriesAfter;
        Instant listedSince = clock.instant().minus(LISTED_FOR);
        List<ListedSeries> found = new ArrayList<>();
        String lastKey = null;
        for (Row row : session.execute(statement.bind(account, from.get(0), from.get(1), from.get(2))
                .setPageSize(500).setIdempotent(true))) {
            if ((filter.namespace() != null && !filter.namespace().equals(row.getString("namespace")))
                    || (!namePrefix.isEmpty() && !namePrefix.equals(row.getString("metric_name")))) {
                break;
            }
            ListedSeries listed = listed(account, row);
            if (!listed.lastWrite().isBefore(listedSince) && filter.matches(listed.series(), listed.lastWrite())) {
                if (found.size() == pageSize) {
                    return new SeriesPage(found, lastKey);
                }
                found.add(listed);
                lastKey = encode(row);
            }
        }
        return new SeriesPage(found, null);
    }

    private static ListedSeries listed(String account, Row row) {
        List<String> names = row.getList("dimension_names", String.class);
        List<String> values = row.getList("dimension_values", String.class);
        List<Dimension> dimensions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            dimensions.add(new Dimension(names.get(i), values.get(i)));
        }
        return new ListedSeries(new MetricSeries(account, row.getString("namespace"), row.getString("metric_name"),
                dimensions), row.getInstant("last_write"));
    }

    private static String encode(Row row) {
        String key = row.getString("namespace") + "\n" + row.getString("metric_name") + "\n"
                + row.getString("series_id");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !parts[2].matches("[0-9a-f]{32}")) {
                throw new IllegalArgumentException("Invalid page token");
            }
            return List.of(parts);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid page token", e);
        }
    }
}
