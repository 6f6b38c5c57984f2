package io.cloudgate.elb.core;

import java.time.Instant;
import java.util.Map;

/** Where load balancers' CloudWatch metrics go (the gateway hands them to CloudWatch's metric store). */
public interface ElbMetricSink {
    ElbMetricSink NONE = (account, namespace, name, dimensions, timestamp, value, unit) -> { };

    /**
     * @param dimensions the series' dimensions by name
     * @param unit       a CloudWatch unit name, e.g. "Count" or "Seconds"
     */
    void put(String account, String namespace, String name, Map<String, String> dimensions, Instant timestamp,
             double value, String unit);

    /** A monotonic counter's growth between samples; a data plane restarted since (counters reset) counts from 0. */
    static long growth(long before, long now) {
        return now >= before ? now - before : now;
    }
}
