package io.cloudgate.cloudwatch.alarms.engine;

import java.time.Instant;

/**
 * One period of the evaluated series: its start, its value (null when missing) and, for metric-stat alarms,
 * the number of samples behind it (null when unknown).
 */
public record Datapoint(Instant timestamp, Double value, Double sampleCount) {

    public static Datapoint missing(Instant timestamp) {
        return new Datapoint(timestamp, null, null);
    }

    public boolean isMissing() {
        return value == null;
    }
}
