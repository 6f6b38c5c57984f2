package io.cloudgate.cloudwatch.metrics.math;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** FILL: gives a series a value at every grid timestamp it lacks. */
final class Filling {
    private Filling() {
    }

    /** Mode VALUE uses {@code value}; REPEAT the last earlier value; LINEAR interpolates between neighbours. */
    static TimeSeries fill(TimeSeries series, List<Long> grid, String mode, double value) {
        TreeMap<Long, Double> result = new TreeMap<>(series.points());
        for (long time : grid) {
            if (result.containsKey(time)) {
                continue;
            }
            Map.Entry<Long, Double> before = series.points().floorEntry(time);
            Map.Entry<Long, Double> after = series.points().ceilingEntry(time);
            switch (mode) {
                case "VALUE" -> result.put(time, value);
                case "REPEAT" -> {
                    if (before != null) {
                        result.put(time, before.getValue());
                    }
                }
                default -> {
                    if (before != null && after != null) {
                        double fraction = (double) (time - before.getKey()) / (after.getKey() - before.getKey());
                        result.put(time, before.getValue() + fraction * (after.getValue() - before.getValue()));
                    }
                }
            }
        }
        return new TimeSeries(series.label(), result);
    }
}
