package io.cloudgate.cloudwatch.builtin;

import io.cloudgate.cloudwatch.builtin.InstanceDirectory.Instance;
import io.cloudgate.cloudwatch.metrics.Distribution;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.StatisticSet;
import io.cloudgate.compute.Machines;
import io.cloudgate.compute.UsageSample;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes an instance's AWS/EC2 datapoints from the compute port's per-minute usage when they are read, nothing
 * being stored: one datapoint a minute under detailed monitoring, one per five minutes (once they have ended)
 * under basic monitoring, then aggregated into the query's periods as the metric store does.
 */
final class Ec2MetricGenerator {
    static final int DETAILED_SECONDS = 60;
    static final int BASIC_SECONDS = 300;

    private final Machines machines;
    private final Clock clock;

    Ec2MetricGenerator(Machines machines, Clock clock) {
        this.machines = machines;
        this.clock = clock;
    }

    /** As {@code MetricStore.query}: aggregates over [start, end) in periods starting at {@code start}. */
    List<PeriodAggregate> query(String account, Instance instance, Ec2Metric metric, Instant start, Instant end,
                                int periodSeconds) {
        if (periodSeconds < DETAILED_SECONDS || !start.isBefore(end)) {
            // Built-in metrics have no high-resolution data, which is all periods under a minute see.
            return List.of();
        }
        long from = start.getEpochSecond();
        Map<Long, StatisticSet> periods = new TreeMap<>();
        Map<Long, Distribution> distributions = new TreeMap<>();
        for (Map.Entry<Long, Double> datapoint : datapoints(account, instance, metric, start, end).entrySet()) {
            long periodStart = from + (datapoint.getKey() - from) / periodSeconds * periodSeconds;
            periods.merge(periodStart, StatisticSet.of(datapoint.getValue()), StatisticSet::merge);
            distributions.merge(periodStart, Distribution.of(datapoint.getValue()), Distribution::merge);
        }
        List<PeriodAggregate> result = new ArrayList<>();
        periods.forEach((periodStart, statistics) -> result.add(new PeriodAggregate(Instant.ofEpochSecond(periodStart),
                metric.unit(), statistics, distributions.get(periodStart))));
        return result;
    }

    /** Datapoint values by epoch second, for datapoints stamped in [start, end). */
    private Map<Long, Double> datapoints(String account, Instance instance, Ec2Metric metric, Instant start,
                                         Instant end) {
        int interval = instance.detailedMonitoring() || metric.alwaysPerMinute() ? DETAILED_SECONDS : BASIC_SECONDS;
        long first = Math.ceilDiv(start.getEpochSecond(), interval) * interval;
        long last = end.getEpochSecond();
        Map<Long, List<Double>> minutesBySlot = new TreeMap<>();
        for (UsageSample sample : machines.usage(account, instance.machineId(), Instant.ofEpochSecond(first),
                Instant.ofEpochSecond(Math.ceilDiv(last, interval) * interval))) {
            long slot = Math.floorDiv(sample.minute().getEpochSecond(), interval) * interval;
            double value = metric == Ec2Metric.CPU_UTILIZATION && instance.cpuOverride().isPresent()
                    ? instance.cpuOverride().getAsDouble() : metric.valueOf(sample);
            minutesBySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(value);
        }
        long now = clock.instant().getEpochSecond();
        Map<Long, Double> datapoints = new TreeMap<>();
        minutesBySlot.forEach((slot, values) -> {
            if (slot >= first && slot < last && slot + interval <= now) {
                datapoints.put(slot, combine(metric.combine(), values));
            }
        });
        return datapoints;
    }

    private static double combine(Ec2Metric.Combine combine, List<Double> values) {
        return switch (combine) {
            case MEAN -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case TOTAL -> values.stream().mapToDouble(Double::doubleValue).sum();
            case WORST -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        };
    }
}
