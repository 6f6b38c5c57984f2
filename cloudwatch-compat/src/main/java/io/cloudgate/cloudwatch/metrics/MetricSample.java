package io.cloudgate.cloudwatch.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * What one PutMetricData datum adds to a series at one timestamp.
 *
 * @param unit              the CloudWatch unit name ("None" when the client sent none)
 * @param storageResolution 1 (high resolution) or 60 seconds
 * @param distribution      the values with their counts, for percentiles; null when the client sent only a
 *                          statistic set
 */
public record MetricSample(Instant timestamp, String unit, int storageResolution, StatisticSet statistics,
                           Distribution distribution) {
    public MetricSample {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(statistics, "statistics");
        if (storageResolution != 1 && storageResolution != 60) {
            throw new IllegalArgumentException("storage resolution must be 1 or 60: " + storageResolution);
        }
    }

    public static MetricSample of(Instant timestamp, double value, String unit) {
        return new MetricSample(timestamp, unit, 60, StatisticSet.of(value), Distribution.of(value));
    }
}
