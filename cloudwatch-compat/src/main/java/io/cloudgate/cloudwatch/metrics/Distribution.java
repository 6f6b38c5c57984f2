package io.cloudgate.cloudwatch.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values with their counts (ascending, distinct), kept for percentiles. Exact up to {@link #MAX_DISTINCT}
 * distinct values; beyond that, values are rounded to fewer significant digits and merged, so a distribution
 * stays bounded however much data a period holds (relative error 0.5% at 3 digits).
 */
public record Distribution(List<Double> values, List<Double> counts) {
    public static final int MAX_DISTINCT = 1000;

    public Distribution {
        values = List.copyOf(values);
        counts = List.copyOf(counts);
        if (values.size() != counts.size() || values.isEmpty()) {
            throw new IllegalArgumentException("values and counts must be non-empty and of the same size");
        }
    }

    public static Distribution of(double value) {
        return new Distribution(List.of(value), List.of(1.0));
    }

    /** Values (any order, repeats allowed) each with a count; zero counts are dropped. Null if nothing is left. */
    public static Distribution of(List<Double> values, List<Double> counts) {
        TreeMap<Double, Double> byValue = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (counts.get(i) > 0) {
                byValue.merge(values.get(i), counts.get(i), Double::sum);
            }
        }
        return byValue.isEmpty() ? null : bounded(byValue);
    }

    /** The values of a map from value to (positive) count, bounded as any distribution. Null if it is empty. */
    public static Distribution ofCounts(TreeMap<Double, Double> countsByValue) {
        return countsByValue.isEmpty() ? null : bounded(countsByValue);
    }

    public Distribution merge(Distribution other) {
        TreeMap<Double, Double> byValue = new TreeMap<>();
        addTo(byValue);
        other.addTo(byValue);
        return bounded(byValue);
    }

    public double totalCount() {
        return counts.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The nearest-rank percentile: the smallest value whose cumulative count reaches p% of the total. */
    public double percentile(double p) {
        double rank = totalCount() * p / 100;
        double cumulative = 0;
        for (int i = 0; i < values.size(); i++) {
            cumulative += counts.get(i);
            if (cumulative >= rank && cumulative > 0) {
                return values.get(i);
            }
        }
        return values.getLast();
    }

    /** Adds each value's count to the map's. */
    public void addTo(Map<Double, Double> byValue) {
        for (int i = 0; i < values.size(); i++) {
            byValue.merge(values.get(i), counts.get(i), Double::sum);
        }
    }

    private static Distribution bounded(TreeMap<Double, Double> byValue) {
        for (int digits = 6; byValue.size() > MAX_DISTINCT && digits > 0; digits--) {
            TreeMap<Double, Double> rounded = new TreeMap<>();
            MathContext precision = new MathContext(digits, RoundingMode.HALF_EVEN);
            byValue.forEach((value, count) ->
                    rounded.merge(new BigDecimal(value).round(precision).doubleValue(), count, Double::sum));
            byValue = rounded;
        }
        return new Distribution(new ArrayList<>(byValue.keySet()), new ArrayList<>(byValue.values()));
    }
}
