package io.cloudgate.cloudwatch.alarms.engine;

import io.cloudgate.cloudwatch.alarms.actions.AlarmActionRunner;
import io.cloudgate.cloudwatch.alarms.model.AlarmHistory;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import io.cloudgate.cloudwatch.alarms.model.AlarmState;
import io.cloudgate.cloudwatch.alarms.model.HistoryItems;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import java.time.Instant;

/**
 * Moves an alarm to a new state: writes it if the alarm did not change since it was read, and on a change
 * of value records a StateUpdate history item and runs the new state's actions. Shared by the engine and
 * SetAlarmState.
 */
public final class AlarmTransitions {
    private final AlarmRepository alarms;
    private final AlarmHistory history;
    private final AlarmActionRunner actions;

    public AlarmTransitions(AlarmRepository alarms, AlarmHistory history, AlarmActionRunner actions) {
        this.alarms = alarms;
        this.history = history;
        this.actions = actions;
    }

    /**
     * Applies the state. When the value stays the same the alarm is only rewritten if {@code updateSameValue}
     * (SetAlarmState replaces the reason); the engine leaves an unchanged alarm alone.
     *
     * @return false when the alarm changed concurrently (nothing written)
     */
    public boolean apply(AlarmRepository.Versioned read, String value, String reason, String reasonData,
                         Instant now, boolean updateSameValue) {
        StoredAlarm alarm = read.alarm();
        AlarmState old = alarm.state();
        boolean changed = !old.value().equals(value);
        if (!changed && !updateSameValue) {
            return true;
        }
        StoredAlarm updated = alarm.withState(old.next(value, reason, reasonData, now));
        if (!alarms.replace(read, updated)) {
            return false;
        }
        if (changed) {
            history.record(alarm.account(), HistoryItems.stateUpdate(alarm.name(), old, updated.state()));
            actions.onTransition(updated, old.value());
        }
        return true;
    }
}
