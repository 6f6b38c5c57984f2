package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric store on the generic document store (the embedded engine by default): slots of every stored
 * resolution merged on write, TTLs for retention, and a per-account series index.
 */
public final class DocumentMetricStore implements MetricStore {
    private final SlotTable slots;
    private final SeriesIndex index;
    private final Clock clock;

    public DocumentMetricStore(DocumentStore store, Clock clock) {
        this.slots = new SlotTable(store.table("metric_slots"));
        this.index = new SeriesIndex(store.table("metric_series"), clock);
        this.clock = clock;
    }

    @Override
    public void put(MetricSeries series, List<MetricSample> samples) {
        String seriesId = SeriesIds.of(series);
        Instant now = clock.instant();
        Map<String, StoredSlot> merged = new LinkedHashMap<>();
        Map<String, Resolution> resolutions = new LinkedHashMap<>();
        for (MetricSample sample : samples) {
            for (Resolution resolution : Resolution.forStorageResolution(sample.storageResolution())) {
                long slotStart = resolution.slotStart(sample.timestamp().getEpochSecond());
                if (resolution.remainingLife(slotStart, now).isPositive()) {
                    String id = resolution.name() + "|" + slotStart + "|" + sample.unit();
                    StoredSlot slot = new StoredSlot(slotStart, sample.unit(), sample.statistics(),
                            sample.distribution());
                    merged.merge(id, slot, StoredSlot::merge);
                    resolutions.put(id, resolution);
                }
            }
        }
        if (merged.isEmpty()) {
            return;
        }
        merged.forEach((id, slot) -> {
            Resolution resolution = resolutions.get(id);
            slots.merge(SlotTable.partition(resolution, seriesId, resolution.bucketStart(slot.start())), slot,
                    resolution.remainingLife(slot.start(), now));
        });
        index.touch(series);
    }

    @Override
    public List<PeriodAggregate> query(MetricSeries series, Instant start, Instant end, int periodSeconds) {
        if (periodSeconds <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodSeconds);
        }
        Resolution resolution = Resolution.forQuery(periodSeconds, start, clock.instant());
        String seriesId = SeriesIds.of(series);
        long from = start.getEpochSecond();
        long to = end.getEpochSecond();
        Map<String, StoredSlot> periods = new LinkedHashMap<>();
        long bucketSize = resolution.bucket.toSeconds();
        for (long bucket = resolution.bucketStart(from); bucket < to; bucket += bucketSize) {
            String partition = SlotTable.partition(resolution, seriesId, bucket);
            for (StoredSlot slot : slots.read(partition, Math.max(from, bucket), Math.min(to, bucket + bucketSize))) {
                long periodStart = from + (slot.start() - from) / periodSeconds * periodSeconds;
                StoredSlot inPeriod = new StoredSlot(periodStart, slot.unit(), slot.statistics(), slot.distribution());
                periods.merge(periodStart + "|" + slot.unit(), inPeriod, StoredSlot::merge);
            }
        }
        List<PeriodAggregate> result = new ArrayList<>();
        for (StoredSlot period : periods.values()) {
            result.add(new PeriodAggregate(Instant.ofEpochSecond(period.start()), period.unit(), period.statistics(),
                    period.distribution()));
        }
        result.sort(Comparator.comparing(PeriodAggregate::start).thenComparing(PeriodAggregate::unit));
        return result;
    }

    @Override
    public SeriesPage list(String account, SeriesFilter filter, String pageToken, int pageSize) {
        return index.list(account, filter, pageToken, pageSize);
    }
}
