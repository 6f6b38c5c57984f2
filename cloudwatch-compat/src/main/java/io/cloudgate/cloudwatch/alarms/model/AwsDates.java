package io.cloudgate.cloudwatch.alarms.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The date formats CloudWatch writes inside JSON texts and state reasons. */
public final class AwsDates {
    private static final DateTimeFormatter JSON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter REASON = DateTimeFormatter.ofPattern("dd/MM/yy HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private AwsDates() {
    }

    /** As in StateReasonData and HistoryData: 2023-02-08T10:25:34.187+0000. */
    public static String json(Instant instant) {
        return JSON.format(instant);
    }

    /** As in state reasons: 08/02/23 10:25:00. */
    public static String reason(Instant instant) {
        return REASON.format(instant);
    }
}
