package io.cloudgate.gateway;

import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.elb.core.ElbMetricSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the load balancers' data-plane metrics periodically into CloudWatch's metric store. */
final class ElbMetricsPublisher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ElbMetricsPublisher.class.getName());

    private final ScheduledExecutorService scheduler;

    private ElbMetricsPublisher(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** The sink that writes one sample per datum (standard resolution) into the store. */
    static ElbMetricSink sink(MetricStore metrics) {
        return (account, namespace, name, dimensions, timestamp, value, unit) -> metrics.put(
                new MetricSeries(account, namespace, name, dimensions(dimensions)),
                List.of(MetricSample.of(timestamp, value, unit)));
    }

    /** @param samplers each samples its balancers' metrics into the sink; one failing leaves the others be */
    static ElbMetricsPublisher start(List<Runnable> samplers, Duration period) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "elb-metrics");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> samplers.forEach(sampler -> {
            try {
                sampler.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Sampling load balancer metrics failed", e);
            }
        }), 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return new ElbMetricsPublisher(scheduler);
    }

    private static List<Dimension> dimensions(Map<String, String> dimensions) {
        return dimensions.entrySet().stream().map(e -> new Dimension(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
