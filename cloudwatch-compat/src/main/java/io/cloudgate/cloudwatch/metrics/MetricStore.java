package io.cloudgate.cloudwatch.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The metric store port: samples of metric series, read back as per-period aggregates, and the list of series.
 * Retention and roll-ups are AWS's: 1-second data for 3 hours, 1-minute aggregates for 15 days, 5-minute for
 * 63 days, 1-hour for 455 days. Implementations must pass {@code MetricStoreCompatibilityKit}.
 */
public interface MetricStore {
    /** How far a series' listed last-write time may lag its latest write. */
    Duration LAST_WRITE_PRECISION = Duration.ofMinutes(1);

    /** Adds samples to a series; once this returns they are durable. Samples older than every retention are dropped. */
    void put(MetricSeries series, List<MetricSample> samples);

    /** Adds the samples of several series (one PutMetricData request); once this returns they are all durable. */
    default void putAll(Map<MetricSeries, List<MetricSample>> samplesBySeries) {
        samplesBySeries.forEach(this::put);
    }

    /**
     * Aggregates of a series over [start, end) in periods of {@code periodSeconds} starting at {@code start},
     * one per period and unit that holds data, ascending by period. Reads the finest stored resolution that
     * divides the period and still covers {@code start}; a stored slot belongs to the query period holding its
     * start. Periods under 60 seconds see only high-resolution data.
     */
    List<PeriodAggregate> query(MetricSeries series, Instant start, Instant end, int periodSeconds);

    /**
     * Series of an account matching the filter that were written in the last 14 days (as ListMetrics), ordered by namespace,
     * then metric name; at most {@code pageSize} per page. {@code pageToken} is a previous page's next token or null.
     *
     * @throws IllegalArgumentException if the page token is not one this store issued
     */
    SeriesPage list(String account, SeriesFilter filter, String pageToken, int pageSize);
}
