package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsResponse;

/** Deletes alarms and their tags; if any named alarm does not exist nothing is deleted (ResourceNotFound). */
final class DeleteAlarms implements Operation<DeleteAlarmsRequest, DeleteAlarmsResponse> {
    private final AlarmContext alarms;

    DeleteAlarms(AlarmContext alarms) {
        this.alarms = alarms;
    }

    @Override
    public DeleteAlarmsResponse handle(DeleteAlarmsRequest request, RequestContext context) {
        String account = context.principal().accountId();
        if (request.alarmNames().size() > 100) {
            throw AlarmErrors.validation("1 validation error detected: Value at 'alarmNames' failed to satisfy "
                    + "constraint: Member must have length less than or equal to 100");
        }
        List<StoredAlarm> found = new ArrayList<>();
        for (String name : request.alarmNames()) {
            found.add(alarms.alarms().find(account, name).map(AlarmRepository.Versioned::alarm)
                    .orElseThrow(AlarmErrors::notFound));
        }
        for (StoredAlarm alarm : found) {
            alarms.alarms().delete(account, alarm.name());
            alarms.tags().forget(account, alarm.arn());
        }
        return DeleteAlarmsResponse.builder().build();
    }
}
