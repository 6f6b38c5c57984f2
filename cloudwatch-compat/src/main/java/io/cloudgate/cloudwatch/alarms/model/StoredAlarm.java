package io.cloudgate.cloudwatch.alarms.model;

import java.time.Instant;

/** A metric alarm of an account: its configuration, when that last changed, and its state. */
public record StoredAlarm(String account, String name, String arn, AlarmConfig config, Instant configurationUpdated,
                          AlarmState state) {

    public StoredAlarm withConfig(AlarmConfig newConfig, Instant now) {
        return new StoredAlarm(account, name, arn, newConfig, now, state);
    }

    public StoredAlarm withState(AlarmState newState) {
        return new StoredAlarm(account, name, arn, config, configurationUpdated, newState);
    }

    public static String arn(String region, String account, String name) {
        return "arn:aws:cloudwatch:" + region + ":" + account + ":alarm:" + name;
    }
}
