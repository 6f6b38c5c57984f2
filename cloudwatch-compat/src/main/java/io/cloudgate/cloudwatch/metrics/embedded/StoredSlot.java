package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.Distribution;
import io.cloudgate.cloudwatch.metrics.StatisticSet;

/** The stored document of one slot (series, resolution, slot start, unit). Distribution null when no sample had values. */
record StoredSlot(long start, String unit, StatisticSet statistics, Distribution distribution) {

    StoredSlot merge(StoredSlot other) {
        Distribution merged = distribution == null ? other.distribution
                : other.distribution == null ? distribution : distribution.merge(other.distribution);
        return new StoredSlot(start, unit, statistics.merge(other.statistics), merged);
    }
}
