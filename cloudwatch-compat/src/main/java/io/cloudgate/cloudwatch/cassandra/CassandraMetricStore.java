package io.cloudgate.cloudwatch.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.cloudgate.cloudwatch.metrics.Distribution;
import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import io.cloudgate.cloudwatch.metrics.StatisticSet;
import io.cloudgate.cloudwatch.metrics.embedded.Resolution;
import io.cloudgate.store.cassandra.CassandraDocumentStore;
import io.cloudgate.store.cassandra.DriverErrors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The metric store on Cassandra's own time-series shape (see {@link MetricSchema}): a put appends one row per
 * series, slot and resolution it touches, all sent concurrently (see {@link ConcurrentWrites}) in batches of
 * rows with the same replicas (see {@link ReplicaBatches}), and returns when every row is acknowledged at
 * LOCAL_QUORUM; a query merges the rows of each slot. Retention is decided by the injected clock and enforced
 * by TTLs.
 */
public final class CassandraMetricStore implements MetricStore {
    /**
     * Writes of this store sent and not yet acknowledged, at most: well under a connection's 1024 requests, and
     * enough to keep a node busy (on a 2-core node, 32 to 128 made no difference; 1 at a time is latency-bound).
     */
    private static final int MAX_WRITES_IN_FLIGHT = 64;

    private final CqlSession session;
    private final MetricSchema schema;
    private final CqlSeriesIndex index;
    private final ConcurrentWrites writes;
    private final Clock clock;

    private CassandraMetricStore(CqlSession session, MetricSchema schema, Clock clock) {
        this.session = session;
        this.schema = schema;
        this.index = new CqlSeriesIndex(session, schema, clock);
        this.writes = new ConcurrentWrites(session, MAX_WRITES_IN_FLIGHT);
        this.clock = clock;
    }

    /** The metric tables in the document store's keyspace, created if missing, sharing its session. */
    public static CassandraMetricStore open(CassandraDocumentStore store, Clock clock) {
        return guarded(() -> new CassandraMetricStore(store.session(),
                MetricSchema.create(store.session(), store.keyspace(), Duration.ofSeconds(30)), clock));
    }

    @Override
    public void put(MetricSeries series, List<MetricSample> samples) {
        putAll(Map.of(series, samples));
    }

    /**
     * Writes the rows of every series at once (bounded, batched by replicas), then the index rows of the
     * series written: a series is listed only once its data is durable, as when they were written one by one.
     */
    @Override
    public void putAll(Map<MetricSeries, List<MetricSample>> samplesBySeries) {
        Instant now = clock.instant();
        List<ReplicaBatches.Insert> inserts = new ArrayList<>();
        Map<String, MetricSeries> written = new LinkedHashMap<>();
        samplesBySeries.forEach((series, samples) -> {
            String seriesId = seriesId(series);
            for (Slot slot : slots(samples, now)) {
                String partition = seriesId + "|" + slot.resolution().seconds() + "|"
                        + slot.resolution().bucketStart(slot.start());
                inserts.add(new ReplicaBatches.Insert(partition, insert(seriesId, slot, now)));
                written.put(seriesId, series);
            }
        });
        if (inserts.isEmpty()) {
            return;
        }
        guarded(() -> {
            writes.executeAll(ReplicaBatches.of(inserts, session));
            return null;
        });
        guarded(() -> {
            index.touchAll(written, writes);
            return null;
        });
    }

    /** The samples merged into the slots they touch at each resolution still kept at {@code now}. */
    private static Collection<Slot> slots(List<MetricSample> samples, Instant now) {
        Map<String, Slot> merged = new LinkedHashMap<>();
        for (MetricSample sample : samples) {
            for (Resolution resolution : Resolution.forStorageResolution(sample.storageResolution())) {
                long start = resolution.slotStart(sample.timestamp().getEpochSecond());
                if (resolution.remainingSeconds(start, now) > 0) {
                    Slot slot = new Slot(resolution, start, sample.unit(), sample.statistics(), sample.distribution());
                    merged.merge(resolution + "|" + start + "|" + sample.unit(), slot, Slot::merge);
                }
            }
        }
        return merged.values();
    }

    private BoundStatement insert(String seriesId, Slot slot, Instant now) {
        Distribution distribution = slot.distribution();
        // A second of slack so that Cassandra never drops a slot the clock still sees as kept.
        int ttl = (int) Math.min(Integer.MAX_VALUE, slot.resolution().remainingSeconds(slot.start(), now) + 1);
        return schema.insertSample.bind(seriesId, slot.resolution().seconds(),
                slot.resolution().bucketStart(slot.start()),
                slot.start(), slot.unit(), UUID.randomUUID(), slot.statistics().sampleCount(), slot.statistics().sum(),
                slot.statistics().minimum(), slot.statistics().maximum(),
                distribution == null ? null : distribution.values(), distribution == null ? null : distribution.counts(),
                ttl).setIdempotent(true);
    }

    @Override
    public List<PeriodAggregate> query(MetricSeries series, Instant start, Instant end, int periodSeconds) {
        if (periodSeconds <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodSeconds);
        }
        Instant now = clock.instant();
        Resolution resolution = Resolution.forQuery(periodSeconds, start, now);
        String seriesId = seriesId(series);
        long from = start.getEpochSecond();
        long to = end.getEpochSecond();
        Map<String, Slot> periods = new LinkedHashMap<>();
        for (long bucket = resolution.bucketStart(from); bucket < to; bucket += resolution.bucketSeconds()) {
            var statement = schema.selectSlots.bind(seriesId, resolution.seconds(), bucket, Math.max(from, bucket),
                    Math.min(to, bucket + resolution.bucketSeconds())).setIdempotent(true);
            for (Row row : guarded(() -> session.execute(statement).all())) {
                long slotStart = row.getLong("slot_start");
                if (resolution.remainingSeconds(slotStart, now) > 0) {
                    long periodStart = from + (slotStart - from) / periodSeconds * periodSeconds;
                    Slot slot = new Slot(resolution, periodStart, row.getString("unit"), statistics(row), distribution(row));
                    periods.merge(periodStart + "|" + slot.unit(), slot, Slot::merge);
                }
            }
        }
        return periods.values().stream()
                .map(slot -> new PeriodAggregate(Instant.ofEpochSecond(slot.start()), slot.unit(), slot.statistics(),
                        slot.distribution()))
                .sorted(Comparator.comparing(PeriodAggregate::start).thenComparing(PeriodAggregate::unit))
                .toList();
    }

    @Override
    public SeriesPage list(String account, SeriesFilter filter, String pageToken, int pageSize) {
        return guarded(() -> index.list(account, filter, pageToken, pageSize));
    }

    private static StatisticSet statistics(Row row) {
        return new StatisticSet(row.getDouble("sample_count"), row.getDouble("sum"), row.getDouble("minimum"),
                row.getDouble("maximum"));
    }

    private static Distribution distribution(Row row) {
        List<Double> values = row.getList("dist_values", Double.class);
        return values.isEmpty() ? null : new Distribution(values, row.getList("dist_counts", Double.class));
    }

    /** A fixed-length id for partition keys: dimension values may be long and hold any character. */
    private static String seriesId(MetricSeries series) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(series.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (DriverException e) {
            throw DriverErrors.translate(e);
        } catch (CompletionException e) {
            if (e.getCause() instanceof DriverException driverError) {
                throw DriverErrors.translate(driverError);
            }
            throw e;
        }
    }

    /** What one slot (or query period) of one unit holds, merged from rows. */
    private record Slot(Resolution resolution, long start, String unit, StatisticSet statistics,
                        Distribution distribution) {
        Slot merge(Slot other) {
            Distribution both = distribution == null ? other.distribution
                    : other.distribution == null ? distribution : distribution.merge(other.distribution);
            return new Slot(resolution, start, unit, statistics.merge(other.statistics), both);
        }
    }
}
