package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.cloudwatch.alarms.model.HistoryRecord;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryResponse;

/**
 * History items of one alarm or all alarms of the account, by type and date range, newest first unless
 * ScanBy is TimestampAscending, up to MaxRecords (default 50) per page.
 */
final class DescribeAlarmHistory implements Operation<DescribeAlarmHistoryRequest, DescribeAlarmHistoryResponse> {
    private static final List<String> TYPES = List.of("ConfigurationUpdate", "StateUpdate", "Action");

    private final AlarmContext alarms;

    DescribeAlarmHistory(AlarmContext alarms) {
        this.alarms = alarms;
    }

    @Override
    public DescribeAlarmHistoryResponse handle(DescribeAlarmHistoryRequest request, RequestContext context) {
        int max = Validation.range(request.maxRecords(), "maxRecords", 1, 100, 50);
        AlarmErrors.enumValue(request.historyItemTypeAsString(), "historyItemType", TYPES);
        AlarmErrors.enumValue(request.scanByAsString(), "scanBy", List.of("TimestampDescending", "TimestampAscending"));
        for (String type : request.alarmTypesAsStrings()) {
            AlarmErrors.enumValue(type, "alarmTypes", List.of("CompositeAlarm", "MetricAlarm"));
        }
        if (request.startDate() != null && request.endDate() != null
                && request.startDate().isAfter(request.endDate())) {
            throw AlarmErrors.invalidValue("The parameter StartDate must be less than or equal to EndDate.");
        }
        Predicate<HistoryRecord> filter = item -> true;
        if (request.alarmName() != null) {
            filter = filter.and(item -> item.alarmName().equals(request.alarmName()));
        }
        if (request.historyItemType() != null) {
            filter = filter.and(item -> item.itemType().equals(request.historyItemTypeAsString()));
        }
        if (request.hasAlarmTypes()) {
            filter = filter.and(item -> request.alarmTypesAsStrings().contains(item.alarmType()));
        }
        List<HistoryRecord> found = alarms.history().query(context.principal().accountId(), request.startDate(),
                request.endDate(), filter);
        if (!"TimestampAscending".equals(request.scanByAsString())) {
            found = found.reversed();
        }
        PageTokens.Page<HistoryRecord> page = PageTokens.byOffset(found, request.nextToken(), max);
        return DescribeAlarmHistoryResponse.builder()
                .alarmHistoryItems(page.items().stream().map(HistoryRecord::toSdk).toList())
                .nextToken(page.nextToken())
                .build();
    }
}
