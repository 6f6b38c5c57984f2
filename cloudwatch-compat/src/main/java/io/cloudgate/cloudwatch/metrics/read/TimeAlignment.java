package io.cloudgate.cloudwatch.metrics.read;

import java.time.Duration;
import java.time.Instant;

/**
 * Where returned periods start, as CloudWatch rounds StartTime: to the period below a minute, else to the
 * minute within 15 days, to 5 minutes within 63 days, to the hour beyond.
 */
public final class TimeAlignment {
    private TimeAlignment() {
    }

    public static Instant start(Instant start, int periodSeconds, Instant now) {
        long granularity;
        if (periodSeconds < 60) {
            granularity = periodSeconds;
        } else if (!start.isBefore(now.minus(Duration.ofDays(15)))) {
            granularity = 60;
        } else if (!start.isBefore(now.minus(Duration.ofDays(63)))) {
            granularity = 300;
        } else {
            granularity = 3600;
        }
        return Instant.ofEpochSecond(Math.floorDiv(start.getEpochSecond(), granularity) * granularity);
    }
}
