package io.cloudgate.cloudwatch.metrics.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stored resolutions and how long each is kept, as CloudWatch: each sample is merged into its slot at
 * every resolution it belongs to (high-resolution samples into all four), so coarser data is the roll-up of
 * finer data. A partition holds one series' slots of one time bucket. Shared by every metric store adapter.
 */
public enum Resolution {
    SECOND(1, Duration.ofHours(3), Duration.ofHours(1)),
    MINUTE(60, Duration.ofDays(15), Duration.ofDays(1)),
    FIVE_MINUTES(300, Duration.ofDays(63), Duration.ofDays(7)),
    HOUR(3600, Duration.ofDays(455), Duration.ofDays(90));

    final int seconds;
    final Duration retention;
    final Duration bucket;

    Resolution(int seconds, Duration retention, Duration bucket) {
        this.seconds = seconds;
        this.retention = retention;
        this.bucket = bucket;
    }

    public static List<Resolution> forStorageResolution(int storageResolution) {
        return storageResolution == 1 ? List.of(values()) : List.of(MINUTE, FIVE_MINUTES, HOUR);
    }

    /**
     * The resolution a query reads: periods under a minute only exist at 1 second; otherwise the finest
     * resolution dividing the period that still holds {@code start}, else the coarsest dividing one.
     */
    public static Resolution forQuery(int periodSeconds, Instant start, Instant now) {
        if (periodSeconds < 60) {
            return SECOND;
        }
        Resolution chosen = MINUTE;
        for (Resolution resolution : List.of(MINUTE, FIVE_MINUTES, HOUR)) {
            if (periodSeconds % resolution.seconds == 0) {
                chosen = resolution;
                if (!start.isBefore(now.minus(resolution.retention))) {
                    return resolution;
                }
            }
        }
        return chosen;
    }

    public long slotStart(long epochSecond) {
        return Math.floorDiv(epochSecond, seconds) * seconds;
    }

    public long bucketStart(long epochSecond) {
        long size = bucket.toSeconds();
        return Math.floorDiv(epochSecond, size) * size;
    }

    /** How long a slot starting at {@code slotStart} is still kept, or a non-positive duration if it is not. */
    Duration remainingLife(long slotStart, Instant now) {
        return retention.minusSeconds(now.getEpochSecond() - slotStart);
    }

    /** Seconds a slot starting at {@code slotStart} is still kept at {@code now}; zero or less when it is gone. */
    public long remainingSeconds(long slotStart, Instant now) {
        return remainingLife(slotStart, now).toSeconds();
    }

    public int seconds() {
        return seconds;
    }

    public long bucketSeconds() {
        return bucket.toSeconds();
    }
}
