package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import io.cloudgate.cloudwatch.alarms.model.AlarmState;
import io.cloudgate.cloudwatch.alarms.model.HistoryItems;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import io.cloudgate.cloudwatch.tags.TagRequests;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmResponse;

/**
 * Creates an alarm in INSUFFICIENT_DATA ("Unchecked: Initial alarm creation") or replaces the configuration
 * of an existing one, keeping its state. Tags apply on creation only, as on AWS.
 */
final class PutMetricAlarm implements Operation<PutMetricAlarmRequest, PutMetricAlarmResponse> {
    private final AlarmContext alarms;

    PutMetricAlarm(AlarmContext alarms) {
        this.alarms = alarms;
    }

    @Override
    public PutMetricAlarmResponse handle(PutMetricAlarmRequest request, RequestContext context) {
        AlarmConfig config = PutMetricAlarmValidator.check(request);
        TagRequests.checkTags(request.tags());
        String account = context.principal().accountId();
        String name = request.alarmName();
        while (true) {
            Instant now = context.clock().instant();
            Optional<AlarmRepository.Versioned> existing = alarms.alarms().find(account, name);
            if (existing.isEmpty()) {
                if (create(account, name, config, request, context, now)) {
                    return PutMetricAlarmResponse.builder().build();
                }
            } else {
                StoredAlarm updated = existing.get().alarm().withConfig(config, now);
                if (alarms.alarms().replace(existing.get(), updated)) {
                    alarms.history().record(account, HistoryItems.configuration(updated, false, now));
                    return PutMetricAlarmResponse.builder().build();
                }
            }
        }
    }

    private boolean create(String account, String name, AlarmConfig config, PutMetricAlarmRequest request,
                           RequestContext context, Instant now) {
        if (alarms.alarms().list(account).size() >= alarms.maxAlarmsPerAccount()) {
            throw AwsException.badRequest("LimitExceeded", "The maximum number of alarms ("
                    + alarms.maxAlarmsPerAccount() + ") for this account has been reached.");
        }
        String arn = StoredAlarm.arn(context.region(), account, name);
        StoredAlarm created = new StoredAlarm(account, name, arn, config, now, AlarmState.initial(now));
        if (!alarms.alarms().create(created)) {
            return false;
        }
        alarms.history().record(account, HistoryItems.configuration(created, true, now));
        alarms.tags().add(account, arn, request.tags());
        return true;
    }
}
