package io.cloudgate.cloudwatch.metrics.math;

import java.util.List;

/** What a (sub-)expression evaluates to. */
public sealed interface MathValue {

    record Scalar(double value) implements MathValue {
    }

    record Series(TimeSeries series) implements MathValue {
    }

    /** Several time series, such as METRICS() returns. */
    record SeriesArray(List<TimeSeries> series) implements MathValue {
        public SeriesArray {
            series = List.copyOf(series);
        }
    }
}
