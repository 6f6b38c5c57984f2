package io.cloudgate.cloudwatch.metrics.read;

import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.StatisticSet;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CloudWatch statistic names and their values over a period: the five standard ones and percentiles pNN.NN. */
public final class Statistics {
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,3}(\\.\\d{1,10})?)");

    private Statistics() {
    }

    public static boolean isStandard(String name) {
        return switch (name) {
            case "SampleCount", "Average", "Sum", "Minimum", "Maximum" -> true;
            default -> false;
        };
    }

    /** Whether the name is a percentile p0 to p100 (p0.0 to p100 with decimals). */
    public static boolean isPercentile(String name) {
        Matcher matcher = PERCENTILE.matcher(name);
        return matcher.matches() && Double.parseDouble(matcher.group(1)) <= 100;
    }

    public static boolean isSupported(String name) {
        return isStandard(name) || isPercentile(name);
    }

    /** The statistic's value, empty for a percentile over a period whose samples did not all carry values. */
    public static OptionalDouble value(String name, PeriodAggregate aggregate) {
        StatisticSet statistics = aggregate.statistics();
        return switch (name) {
            case "SampleCount" -> OptionalDouble.of(statistics.sampleCount());
            case "Average" -> OptionalDouble.of(statistics.average());
            case "Sum" -> OptionalDouble.of(statistics.sum());
            case "Minimum" -> OptionalDouble.of(statistics.minimum());
            case "Maximum" -> OptionalDouble.of(statistics.maximum());
            default -> percentile(name, aggregate);
        };
    }

    private static OptionalDouble percentile(String name, PeriodAggregate aggregate) {
        if (!isPercentile(name)) {
            throw new IllegalArgumentException("Not a statistic: " + name);
        }
        if (aggregate.hasCompleteDistribution()) {
            return OptionalDouble.of(aggregate.distribution().percentile(Double.parseDouble(name.substring(1))));
        }
        StatisticSet statistics = aggregate.statistics();
        // A period of identical values has every percentile, as CloudWatch answers for statistic sets with min == max.
        return statistics.minimum() == statistics.maximum() ? OptionalDouble.of(statistics.minimum())
                : OptionalDouble.empty();
    }
}
