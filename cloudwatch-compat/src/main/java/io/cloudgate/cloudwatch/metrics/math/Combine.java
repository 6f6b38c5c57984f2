package io.cloudgate.cloudwatch.metrics.math;

import io.cloudgate.cloudwatch.metrics.math.MathValue.Scalar;
import io.cloudgate.cloudwatch.metrics.math.MathValue.Series;
import io.cloudgate.cloudwatch.metrics.math.MathValue.SeriesArray;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.UnaryOperator;

/** Applies a binary operator to any two values, element-wise. */
final class Combine {
    private Combine() {
    }

    static MathValue apply(MathValue left, MathValue right, DoubleBinaryOperator operator) {
        if (left instanceof Scalar a && right instanceof Scalar b) {
            return new Scalar(operator.applyAsDouble(a.value(), b.value()));
        }
        if (left instanceof SeriesArray && right instanceof SeriesArray) {
            throw new ExpressionException("Operators between two arrays of time series are not supported.");
        }
        if (left instanceof SeriesArray array) {
            return new SeriesArray(array.series().stream().map(series -> series(series, right, operator, false)).toList());
        }
        if (right instanceof SeriesArray array) {
            return new SeriesArray(array.series().stream().map(series -> series(series, left, operator, true)).toList());
        }
        if (left instanceof Series series) {
            return new Series(series(series.series(), right, operator, false));
        }
        return new Series(series(((Series) right).series(), left, operator, true));
    }

    /** {@code series op other}, or {@code other op series} when swapped; other is a scalar or a single series. */
    private static TimeSeries series(TimeSeries series, MathValue other, DoubleBinaryOperator operator,
                                     boolean swapped) {
        Map<Long, Double> result = new TreeMap<>();
        series.points().forEach((time, value) -> {
            Double otherValue = switch (other) {
                case Scalar scalar -> scalar.value();
                case Series otherSeries -> otherSeries.series().points().get(time);
                case SeriesArray ignored -> throw new IllegalStateException("handled by apply");
            };
            if (otherValue != null) {
                result.put(time, swapped ? operator.applyAsDouble(otherValue, value)
                        : operator.applyAsDouble(value, otherValue));
            }
        });
        return new TimeSeries(series.label(), new TreeMap<>(result));
    }

    static MathValue eachSeries(MathValue value, UnaryOperator<TimeSeries> function) {
        return switch (value) {
            case Scalar scalar -> scalar;
            case Series series -> new Series(function.apply(series.series()));
            case SeriesArray array -> new SeriesArray(array.series().stream().map(function).toList());
        };
    }
}
