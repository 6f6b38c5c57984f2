package io.cloudgate.cloudwatch.metrics.math;

import io.cloudgate.cloudwatch.metrics.math.MathValue.Scalar;
import io.cloudgate.cloudwatch.metrics.math.MathValue.Series;
import io.cloudgate.cloudwatch.metrics.math.MathValue.SeriesArray;
import java.util.List;
import java.util.TreeMap;

/**
 * IF(condition, whenTrue[, whenFalse]): at each timestamp of the condition (every grid timestamp for a scalar
 * condition), the value of whenTrue where the condition is non-zero, else of whenFalse; no point where the
 * chosen value has none or whenFalse is absent.
 */
final class Conditional {
    private Conditional() {
    }

    static MathValue apply(List<MathValue> arguments, List<Long> grid) {
        if (arguments.size() < 2 || arguments.size() > 3) {
            throw new ExpressionException("IF takes 2 or 3 arguments.");
        }
        if (arguments.stream().anyMatch(SeriesArray.class::isInstance)) {
            throw new ExpressionException("IF does not take arrays of time series.");
        }
        MathValue condition = arguments.getFirst();
        MathValue whenTrue = arguments.get(1);
        MathValue whenFalse = arguments.size() == 3 ? arguments.get(2) : null;
        if (condition instanceof Scalar scalar && whenTrue instanceof Scalar
                && (whenFalse == null || whenFalse instanceof Scalar)) {
            return scalar.value() != 0 ? whenTrue : whenFalse == null ? new Series(new TimeSeries("IF", new TreeMap<>()))
                    : whenFalse;
        }
        TreeMap<Long, Double> result = new TreeMap<>();
        List<Long> times = condition instanceof Series series ? List.copyOf(series.series().points().keySet()) : grid;
        for (long time : times) {
            Double test = valueAt(condition, time);
            Double chosen = test == null ? null : test != 0 ? valueAt(whenTrue, time) : valueAt(whenFalse, time);
            if (chosen != null) {
                result.put(time, chosen);
            }
        }
        String label = whenTrue instanceof Series series ? series.series().label() : "IF";
        return new Series(new TimeSeries(label, result));
    }

    private static Double valueAt(MathValue value, long time) {
        return switch (value) {
            case null -> null;
            case Scalar scalar -> scalar.value();
            case Series series -> series.series().points().get(time);
            case SeriesArray ignored -> null;
        };
    }
}
