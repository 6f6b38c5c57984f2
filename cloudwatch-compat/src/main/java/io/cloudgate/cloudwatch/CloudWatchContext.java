package io.cloudgate.cloudwatch;

import io.cloudgate.cloudwatch.metrics.MetricDataReader;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.embedded.DocumentMetricStore;
import io.cloudgate.cloudwatch.metrics.read.StoreMetricDataReader;
import io.cloudgate.compute.Compute;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;

/**
 * What CloudWatch operations need: the document store (alarms, dashboards, tags), the clock, the region, the
 * metric store and the reader of metric data over it, and the compute port (built-in EC2 metrics, alarm EC2
 * actions).
 */
public record CloudWatchContext(DocumentStore store, Clock clock, String region, MetricStore metrics,
                                MetricDataReader reader, Compute compute) {

    /** Metrics kept in the document store itself (the embedded default). */
    public static CloudWatchContext embedded(DocumentStore store, Clock clock, String region, Compute compute) {
        return withMetricStore(store, clock, region, new DocumentMetricStore(store, clock), compute);
    }

    /** Metrics kept in the given metric store (e.g. Cassandra). */
    public static CloudWatchContext withMetricStore(DocumentStore store, Clock clock, String region,
                                                    MetricStore metrics, Compute compute) {
        return new CloudWatchContext(store, clock, region, metrics, new StoreMetricDataReader(metrics, clock),
                compute);
    }
}
