package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.AlarmViews;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;

/**
 * Lists metric alarms by names or name prefix, state and action prefix, in name order, up to MaxRecords
 * (default 50) per page. Composite alarms are not supported, so CompositeAlarms is always empty.
 */
final class DescribeAlarms implements Operation<DescribeAlarmsRequest, DescribeAlarmsResponse> {
    static final List<String> STATES = List.of("INSUFFICIENT_DATA", "ALARM", "OK");

    private final AlarmContext alarms;

    DescribeAlarms(AlarmContext alarms) {
        this.alarms = alarms;
    }

    @Override
    public DescribeAlarmsResponse handle(DescribeAlarmsRequest request, RequestContext context) {
        int max = Validation.range(request.maxRecords(), "maxRecords", 1, 100, 50);
        if (request.alarmNames().size() > 100) {
            throw AlarmErrors.validation("1 validation error detected: Value at 'alarmNames' failed to satisfy "
                    + "constraint: Member must have length less than or equal to 100");
        }
        if (request.hasAlarmNames() && request.alarmNamePrefix() != null) {
            throw AlarmErrors.combination("AlarmNames and AlarmNamePrefix cannot be specified together.");
        }
        AlarmErrors.enumValue(request.stateValueAsString(), "stateValue", STATES);
        for (String type : request.alarmTypesAsStrings()) {
            AlarmErrors.enumValue(type, "alarmTypes", List.of("CompositeAlarm", "MetricAlarm"));
        }
        boolean metricAlarms = !request.hasAlarmTypes() || request.alarmTypesAsStrings().contains("MetricAlarm");
        boolean relatives = request.childrenOfAlarmName() != null || request.parentsOfAlarmName() != null;
        String account = context.principal().accountId();
        List<StoredAlarm> matching = !metricAlarms || relatives ? List.of()
                : alarms.alarms().list(account).stream().filter(filter(request)).toList();
        String after = request.nextToken() == null ? null : PageTokens.decode(request.nextToken());
        List<StoredAlarm> remaining = matching.stream()
                .filter(alarm -> after == null || alarm.name().compareTo(after) >= 0).toList();
        String next = remaining.size() > max ? PageTokens.encode(remaining.get(max).name()) : null;
        return DescribeAlarmsResponse.builder()
                .metricAlarms(remaining.stream().limit(max).map(AlarmViews::toSdk).toList())
                .compositeAlarms(List.of())
                .nextToken(next)
                .build();
    }

    private static Predicate<StoredAlarm> filter(DescribeAlarmsRequest request) {
        Predicate<StoredAlarm> filter = alarm -> true;
        if (request.hasAlarmNames()) {
            filter = filter.and(alarm -> request.alarmNames().contains(alarm.name()));
        }
        if (request.alarmNamePrefix() != null) {
            filter = filter.and(alarm -> alarm.name().startsWith(request.alarmNamePrefix()));
        }
        if (request.stateValue() != null) {
            filter = filter.and(alarm -> alarm.state().value().equals(request.stateValueAsString()));
        }
        if (request.actionPrefix() != null) {
            filter = filter.and(alarm -> actions(alarm.config())
                    .anyMatch(action -> action.startsWith(request.actionPrefix())));
        }
        return filter;
    }

    private static Stream<String> actions(AlarmConfig config) {
        return Stream.of(config.okActions(), config.alarmActions(), config.insufficientDataActions())
                .flatMap(List::stream);
    }
}
