package io.cloudgate.cloudwatch.metrics.math;

import io.cloudgate.cloudwatch.metrics.math.MathValue.Scalar;
import io.cloudgate.cloudwatch.metrics.math.MathValue.Series;
import io.cloudgate.cloudwatch.metrics.math.MathValue.SeriesArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** SUM, AVG, MIN, MAX (across an array per timestamp, or over one series to a scalar), RATE and DIFF. */
final class Aggregates {
    private Aggregates() {
    }

    static MathValue apply(String function, MathValue input) {
        return switch (input) {
            case Scalar scalar -> scalar;
            case Series series -> new Scalar(reduce(function, new ArrayList<>(series.series().points().values())));
            case SeriesArray array -> new Series(acrossSeries(function, array.series()));
        };
    }

    private static TimeSeries acrossSeries(String function, List<TimeSeries> series) {
        Map<Long, List<Double>> byTime = new TreeMap<>();
        for (TimeSeries one : series) {
            one.points().forEach((time, value) -> byTime.computeIfAbsent(time, t -> new ArrayList<>()).add(value));
        }
        TreeMap<Long, Double> result = new TreeMap<>();
        byTime.forEach((time, values) -> result.put(time, reduce(function, values)));
        return new TimeSeries(function, result);
    }

    private static double reduce(String function, List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        return switch (function) {
            case "SUM" -> values.stream().mapToDouble(Double::doubleValue).sum();
            case "AVG" -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case "MIN" -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            default -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        };
    }

    /** RATE: change per second since the previous point; DIFF: change since the previous point. */
    static MathValue change(String function, MathValue input) {
        if (input instanceof Scalar) {
            throw new ExpressionException(function + " needs a time series.");
        }
        return Combine.eachSeries(input, series -> {
            TreeMap<Long, Double> result = new TreeMap<>();
            Map.Entry<Long, Double> previous = null;
            for (Map.Entry<Long, Double> point : series.points().entrySet()) {
                if (previous != null) {
                    double delta = point.getValue() - previous.getValue();
                    result.put(point.getKey(), function.equals("RATE")
                            ? delta / (point.getKey() - previous.getKey()) : delta);
                }
                previous = point;
            }
            return new TimeSeries(series.label(), result);
        });
    }
}
