package io.cloudgate.cloudwatch.alarms.actions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.AlarmJson;
import io.cloudgate.cloudwatch.alarms.model.AwsDates;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import java.util.List;
import java.util.Locale;

/** The state-change message AWS publishes for an alarm (as sent to SNS), used as the webhook body. */
final class AlarmNotification {
    private AlarmNotification() {
    }

    static String json(StoredAlarm alarm, String oldState, String region) {
        AlarmConfig config = alarm.config();
        ObjectNode message = AlarmJson.MAPPER.createObjectNode()
                .put("AlarmName", alarm.name())
                .put("AlarmDescription", config.description())
                .put("AWSAccountId", alarm.account())
                .put("AlarmConfigurationUpdatedTimestamp", AwsDates.json(alarm.configurationUpdated()))
                .put("NewStateValue", alarm.state().value())
                .put("NewStateReason", alarm.state().reason())
                .put("StateChangeTime", AwsDates.json(alarm.state().updated()))
                .put("Region", region)
                .put("AlarmArn", alarm.arn())
                .put("OldStateValue", oldState);
        strings(message.putArray("OKActions"), config.okActions());
        strings(message.putArray("AlarmActions"), config.alarmActions());
        strings(message.putArray("InsufficientDataActions"), config.insufficientDataActions());
        ObjectNode trigger = message.putObject("Trigger")
                .put("EvaluationPeriods", config.evaluationPeriods())
                .put("ComparisonOperator", config.comparisonOperator())
                .put("Threshold", config.threshold())
                .put("TreatMissingData", config.treatMissingDataOrDefault())
                .put("EvaluateLowSampleCountPercentile", config.evaluateLowSampleCountPercentile() == null ? ""
                        : config.evaluateLowSampleCountPercentile());
        if (config.isMetricMath()) {
            trigger.set("Metrics", AlarmJson.MAPPER.valueToTree(config.metrics()));
        } else {
            trigger.put("MetricName", config.metricName()).put("Namespace", config.namespace())
                    .put("StatisticType", config.statistic() != null ? "Statistic" : "ExtendedStatistic")
                    .put("Statistic", config.statistic() != null ? config.statistic().toUpperCase(Locale.ROOT)
                            : config.extendedStatistic())
                    .put("Unit", config.unit())
                    .put("Period", config.period());
            ArrayNode dimensions = trigger.putArray("Dimensions");
            config.dimensions().forEach(d -> dimensions.addObject().put("value", d.value()).put("name", d.name()));
        }
        return message.toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
