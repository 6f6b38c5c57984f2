package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import io.cloudgate.cloudwatch.metrics.embedded.ReadPlan.Segment;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric store on the generic document store (the embedded engine by default): slots of every stored
 * resolution merged on write, TTLs for retention, and a per-account series index. The samples of a request are
 * first merged in memory per slot, then written as one store batch (one durable commit on the embedded engine).
 * Queries read coarser roll-ups wherever they fill whole parts of a period (see {@link ReadPlan}).
 */
public final class DocumentMetricStore implements MetricStore {
    private final DocumentStore documents;
    private final SlotTable slots;
    private final SeriesIndex index;
    private final Clock clock;

    public DocumentMetricStore(DocumentStore store, Clock clock) {
        this.documents = store;
        this.slots = new SlotTable(store.table("metric_slots"));
        this.index = new SeriesIndex(store.table("metric_series"), clock);
        this.clock = clock;
    }

    @Override
    public void put(MetricSeries series, List<MetricSample> samples) {
        documents.batch(() -> write(series, samples, clock.instant()));
    }

    @Override
    public void putAll(Map<MetricSeries, List<MetricSample>> samplesBySeries) {
        Instant now = clock.instant();
        documents.batch(() -> samplesBySeries.forEach((series, samples) -> write(series, samples, now)));
    }

    private record PeriodKey(long start, String unit) {
    }

    private record SlotAddress(Resolution resolution, long start, String unit) {
    }

    private void write(MetricSeries series, List<MetricSample> samples, Instant now) {
        Map<SlotAddress, StoredSlot> merged = new LinkedHashMap<>();
        for (MetricSample sample : samples) {
            for (Resolution resolution : Resolution.forStorageResolution(sample.storageResolution())) {
                long slotStart = resolution.slotStart(sample.timestamp().getEpochSecond());
                if (resolution.remainingLife(slotStart, now).isPositive()) {
                    StoredSlot slot = new StoredSlot(slotStart, sample.unit(), sample.statistics(),
                            sample.distribution());
                    merged.merge(new SlotAddress(resolution, slotStart, sample.unit()), slot, StoredSlot::merge);
                }
            }
        }
        if (merged.isEmpty()) {
            return;
        }
        String seriesId = SeriesIds.of(series);
        merged.forEach((address, slot) -> {
            Resolution resolution = address.resolution();
            slots.merge(SlotTable.partition(resolution, seriesId, resolution.bucketStart(slot.start())), slot,
                    resolution.remainingLife(slot.start(), now));
        });
        index.touch(series, seriesId);
    }

    @Override
    public List<PeriodAggregate> query(MetricSeries series, Instant start, Instant end, int periodSeconds) {
        if (periodSeconds <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodSeconds);
        }
        Resolution base = Resolution.forQuery(periodSeconds, start, clock.instant());
        String seriesId = SeriesIds.of(series);
        long from = start.getEpochSecond();
        Map<PeriodKey, PeriodAccumulator> periods = new HashMap<>();
        for (Segment segment : ReadPlan.of(base, periodSeconds, from, end.getEpochSecond())) {
            Resolution resolution = segment.resolution();
            long bucketSize = resolution.bucket.toSeconds();
            for (long bucket = resolution.bucketStart(segment.from()); bucket < segment.to(); bucket += bucketSize) {
                String partition = SlotTable.partition(resolution, seriesId, bucket);
                long to = Math.min(segment.to(), bucket + bucketSize);
                for (StoredSlot slot : slots.read(partition, Math.max(segment.from(), bucket), to,
                        resolution.seconds)) {
                    long periodStart = from + (slot.start() - from) / periodSeconds * periodSeconds;
                    periods.computeIfAbsent(new PeriodKey(periodStart, slot.unit()),
                            key -> new PeriodAccumulator(key.start(), key.unit())).add(slot);
                }
            }
        }
        List<PeriodAccumulator> ordered = new ArrayList<>(periods.values());
        ordered.sort(Comparator.comparingLong(PeriodAccumulator::start).thenComparing(PeriodAccumulator::unit));
        List<PeriodAggregate> result = new ArrayList<>(ordered.size());
        for (PeriodAccumulator period : ordered) {
            result.add(period.aggregate());
        }
        return result;
    }

    @Override
    public SeriesPage list(String account, SeriesFilter filter, String pageToken, int pageSize) {
        return index.list(account, filter, pageToken, pageSize);
    }
}
