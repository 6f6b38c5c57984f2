package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import java.util.List;

/** Enables or disables the actions of named alarms; names that do not exist are skipped, as on AWS. */
final class AlarmActionsSwitch {
    private final AlarmContext alarms;

    AlarmActionsSwitch(AlarmContext alarms) {
        this.alarms = alarms;
    }

    void set(List<String> names, boolean enabled, RequestContext context) {
        if (names.size() > 100) {
            throw AlarmErrors.validation("1 validation error detected: Value at 'alarmNames' failed to satisfy "
                    + "constraint: Member must have length less than or equal to 100");
        }
        String account = context.principal().accountId();
        for (String name : names) {
            while (true) {
                var read = alarms.alarms().find(account, name);
                if (read.isEmpty() || read.get().alarm().config().actionsEnabled() == enabled) {
                    break;
                }
                AlarmRepository.Versioned current = read.get();
                var updated = current.alarm().withConfig(current.alarm().config().withActionsEnabled(enabled),
                        context.clock().instant());
                if (alarms.alarms().replace(current, updated)) {
                    break;
                }
            }
        }
    }
}
