package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.Distribution;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.StatisticSet;
import java.time.Instant;
import java.util.TreeMap;

/**
 * The slots of one query period and unit added up. Values are counted in one map and the distribution is made
 * once at the end, rather than merging a new distribution per slot (quadratic in the slots of a period).
 */
final class PeriodAccumulator {
    private final long start;
    private final String unit;
    private StatisticSet statistics;
    private TreeMap<Double, Double> countsByValue;

    PeriodAccumulator(long start, String unit) {
        this.start = start;
        this.unit = unit;
    }

    void add(StoredSlot slot) {
        statistics = statistics == null ? slot.statistics() : statistics.merge(slot.statistics());
        if (slot.distribution() != null) {
            if (countsByValue == null) {
                countsByValue = new TreeMap<>();
            }
            slot.distribution().addTo(countsByValue);
        }
    }

    long start() {
        return start;
    }

    String unit() {
        return unit;
    }

    PeriodAggregate aggregate() {
        Distribution distribution = countsByValue == null ? null : Distribution.ofCounts(countsByValue);
        return new PeriodAggregate(Instant.ofEpochSecond(start), unit, statistics, distribution);
    }
}
