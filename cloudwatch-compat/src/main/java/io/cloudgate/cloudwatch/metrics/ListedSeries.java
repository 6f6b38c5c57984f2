package io.cloudgate.cloudwatch.metrics;

import java.time.Instant;

/** A series with the time it was last written (precise to {@link MetricStore#LAST_WRITE_PRECISION}). */
public record ListedSeries(MetricSeries series, Instant lastWrite) {
}
