package io.cloudgate.ec2.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as EC2 filters compare them ("create-time", "launch-time"): ISO 8601 in UTC with milliseconds. */
public final class IsoTimes {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IsoTimes() {
    }

    /** "2024-05-01T12:00:00.000Z"; null for null. */
    public static String of(Instant time) {
        return time == null ? null : FORMAT.format(time);
    }
}
