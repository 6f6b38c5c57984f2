package io.cloudgate.cloudwatch.alarms.model;

import java.time.Instant;

/**
 * An alarm's state: value (OK, ALARM, INSUFFICIENT_DATA), reason, reason data (JSON, null until evaluated),
 * when it was last updated and when its value last changed.
 */
public record AlarmState(String value, String reason, String reasonData, Instant updated, Instant transitioned) {
    public static final String OK = "OK";
    public static final String ALARM = "ALARM";
    public static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";

    public static AlarmState initial(Instant now) {
        return new AlarmState(INSUFFICIENT_DATA, "Unchecked: Initial alarm creation", null, now, now);
    }

    /** The state after an update to {@code newValue}; the transition time only moves when the value changes. */
    public AlarmState next(String newValue, String newReason, String newReasonData, Instant now) {
        return new AlarmState(newValue, newReason, newReasonData, now, newValue.equals(value) ? transitioned : now);
    }
}
