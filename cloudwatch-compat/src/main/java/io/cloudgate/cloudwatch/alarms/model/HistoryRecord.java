package io.cloudgate.cloudwatch.alarms.model;

import java.time.Instant;
import software.amazon.awssdk.services.cloudwatch.model.AlarmHistoryItem;

/**
 * One alarm history item: a ConfigurationUpdate, StateUpdate or Action, its summary and its HistoryData JSON.
 */
public record HistoryRecord(String alarmName, String alarmType, Instant timestamp, String itemType, String summary,
                            String data) {
    public static final String CONFIGURATION_UPDATE = "ConfigurationUpdate";
    public static final String STATE_UPDATE = "StateUpdate";
    public static final String ACTION = "Action";

    public AlarmHistoryItem toSdk() {
        return AlarmHistoryItem.builder().alarmName(alarmName).alarmType(alarmType).timestamp(timestamp)
                .historyItemType(itemType).historySummary(summary).historyData(data).build();
    }
}
