package io.cloudgate.cloudwatch.cassandra;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * CloudWatch's stored resolutions and how long each is kept (1 s for 3 hours, 1 min for 15 days, 5 min for
 * 63 days, 1 h for 455 days), with the time bucket that bounds one Cassandra partition of a series.
 */
enum Retention {
    SECOND(1, Duration.ofHours(3), Duration.ofHours(1)),
    MINUTE(60, Duration.ofDays(15), Duration.ofDays(1)),
    FIVE_MINUTES(300, Duration.ofDays(63), Duration.ofDays(7)),
    HOUR(3600, Duration.ofDays(455), Duration.ofDays(90));

    final int seconds;
    final Duration kept;
    final long bucketSeconds;

    Retention(int seconds, Duration kept, Duration bucket) {
        this.seconds = seconds;
        this.kept = kept;
        this.bucketSeconds = bucket.toSeconds();
    }

    /** High-resolution samples feed every resolution; standard ones all but the 1-second one. */
    static List<Retention> forStorageResolution(int storageResolution) {
        return storageResolution == 1 ? List.of(values()) : List.of(MINUTE, FIVE_MINUTES, HOUR);
    }

    /** Periods under a minute read 1-second data; otherwise the finest dividing resolution still holding start. */
    static Retention forQuery(int periodSeconds, Instant start, Instant now) {
        if (periodSeconds < 60) {
            return SECOND;
        }
        Retention chosen = MINUTE;
        for (Retention retention : List.of(MINUTE, FIVE_MINUTES, HOUR)) {
            if (periodSeconds % retention.seconds == 0) {
                chosen = retention;
                if (!start.isBefore(now.minus(retention.kept))) {
                    return retention;
                }
            }
        }
        return chosen;
    }

    long slotStart(long epochSecond) {
        return Math.floorDiv(epochSecond, seconds) * seconds;
    }

    long bucketStart(long epochSecond) {
        return Math.floorDiv(epochSecond, bucketSeconds) * bucketSeconds;
    }

    /** Seconds a slot is still kept at {@code now}; zero or less when it is gone. */
    long remainingSeconds(long slotStart, Instant now) {
        return kept.toSeconds() - (now.getEpochSecond() - slotStart);
    }
}
