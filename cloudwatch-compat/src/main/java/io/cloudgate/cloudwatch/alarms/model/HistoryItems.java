package io.cloudgate.cloudwatch.alarms.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Builds history items with AWS's summaries and HistoryData JSON. */
public final class HistoryItems {
    private static final String METRIC_ALARM = "MetricAlarm";

    private HistoryItems() {
    }

    /** "Alarm "name" created" or "... updated", with the alarm's configuration. */
    public static HistoryRecord configuration(StoredAlarm alarm, boolean created, Instant now) {
        ObjectNode data = AlarmJson.MAPPER.createObjectNode().put("version", "1.0")
                .put("type", created ? "Create" : "Update");
        data.set(created ? "createdAlarm" : "updatedAlarm", configurationJson(alarm));
        return new HistoryRecord(alarm.name(), METRIC_ALARM, now, HistoryRecord.CONFIGURATION_UPDATE,
                "Alarm \"" + alarm.name() + "\" " + (created ? "created" : "updated"), data.toString());
    }

    /** "Alarm updated from OLD to NEW" with both states, and the new reason data when there is one. */
    public static HistoryRecord stateUpdate(String alarmName, AlarmState oldState, AlarmState newState) {
        ObjectNode data = AlarmJson.MAPPER.createObjectNode().put("version", "1.0");
        data.set("oldState", stateJson(oldState));
        data.set("newState", stateJson(newState));
        return new HistoryRecord(alarmName, METRIC_ALARM, newState.updated(), HistoryRecord.STATE_UPDATE,
                "Alarm updated from " + oldState.value() + " to " + newState.value(), data.toString());
    }

    /** The outcome of one action run on a transition. */
    public static HistoryRecord action(String alarmName, String action, boolean succeeded, String detail,
                                       Instant stateUpdated, Instant now) {
        ObjectNode data = AlarmJson.MAPPER.createObjectNode()
                .put("actionState", succeeded ? "Succeeded" : "Failed")
                .put("stateUpdateTimestamp", stateUpdated.toEpochMilli())
                .put(succeeded ? "notificationResource" : "error", succeeded ? action : detail);
        String summary = succeeded ? "Successfully executed action " + action
                : "Failed to execute action " + action + ". Received error: \"" + detail + "\"";
        return new HistoryRecord(alarmName, METRIC_ALARM, now, HistoryRecord.ACTION, summary, data.toString());
    }

    private static ObjectNode stateJson(AlarmState state) {
        ObjectNode node = AlarmJson.MAPPER.createObjectNode().put("stateValue", state.value())
                .put("stateReason", state.reason());
        if (state.reasonData() != null) {
            node.set("stateReasonData", parse(state.reasonData()));
        }
        return node;
    }

    private static JsonNode configurationJson(StoredAlarm alarm) {
        AlarmConfig config = alarm.config();
        ObjectNode node = AlarmJson.MAPPER.createObjectNode()
                .put("alarmName", alarm.name())
                .put("alarmArn", alarm.arn())
                .put("alarmConfigurationUpdatedTimestamp", AwsDates.json(alarm.configurationUpdated()))
                .put("actionsEnabled", config.actionsEnabled())
                .put("evaluationPeriods", config.evaluationPeriods())
                .put("comparisonOperator", config.comparisonOperator())
                .put("threshold", config.threshold())
                .put("stateValue", alarm.state().value())
                .put("stateReason", alarm.state().reason());
        node.set("okactions", AlarmJson.MAPPER.valueToTree(config.okActions()));
        node.set("alarmActions", AlarmJson.MAPPER.valueToTree(config.alarmActions()));
        node.set("insufficientDataActions", AlarmJson.MAPPER.valueToTree(config.insufficientDataActions()));
        putIfSet(node, "alarmDescription", config.description());
        putIfSet(node, "treatMissingData", config.treatMissingData());
        if (config.datapointsToAlarm() != null) {
            node.put("datapointsToAlarm", config.datapointsToAlarm());
        }
        if (config.isMetricMath()) {
            node.set("metrics", AlarmJson.MAPPER.valueToTree(config.metrics()));
        } else {
            node.put("metricName", config.metricName()).put("namespace", config.namespace())
                    .put("period", config.period());
            putIfSet(node, "statistic", config.statistic());
            putIfSet(node, "extendedStatistic", config.extendedStatistic());
            putIfSet(node, "unit", config.unit());
            node.set("dimensions", AlarmJson.MAPPER.valueToTree(config.dimensions()));
        }
        return node;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return AlarmJson.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
