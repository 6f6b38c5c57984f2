package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.MetricSeries;
import java.time.Instant;

/** The stored document listing one series of an account. */
record SeriesEntry(MetricSeries series, Instant lastWrite) {
}
