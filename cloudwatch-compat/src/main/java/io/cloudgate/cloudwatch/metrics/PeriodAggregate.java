package io.cloudgate.cloudwatch.metrics;

import java.time.Instant;

/**
 * The data of one series in one query period for one unit.
 *
 * @param distribution the values of the samples that carried them (null when none did); percentiles are exact only
 *                     when its total count equals the statistics' sample count
 */
public record PeriodAggregate(Instant start, String unit, StatisticSet statistics, Distribution distribution) {

    /** Whether percentiles can be computed over every sample of the period. */
    public boolean hasCompleteDistribution() {
        return distribution != null && Math.abs(distribution.totalCount() - statistics.sampleCount()) < 1e-9;
    }
}
