package io.cloudgate.cloudwatch.metrics.math;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A labelled time series: values by epoch second, ascending. Never holds NaN or infinities. */
public record TimeSeries(String label, NavigableMap<Long, Double> points) {
    public TimeSeries {
        TreeMap<Long, Double> finite = new TreeMap<>();
        points.forEach((time, value) -> {
            if (Double.isFinite(value)) {
                finite.put(time, value);
            }
        });
        points = Collections.unmodifiableNavigableMap(finite);
    }

    public TimeSeries withLabel(String newLabel) {
        return new TimeSeries(newLabel, points);
    }
}
