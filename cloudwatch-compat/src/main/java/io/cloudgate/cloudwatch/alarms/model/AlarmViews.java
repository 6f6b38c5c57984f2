package io.cloudgate.cloudwatch.alarms.model;

import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;

/** Renders a stored alarm as DescribeAlarms returns it: lists always present, optional fields only when set. */
public final class AlarmViews {
    private AlarmViews() {
    }

    public static MetricAlarm toSdk(StoredAlarm alarm) {
        AlarmConfig config = alarm.config();
        AlarmState state = alarm.state();
        MetricAlarm.Builder builder = MetricAlarm.builder()
                .alarmName(alarm.name())
                .alarmArn(alarm.arn())
                .alarmDescription(config.description())
                .alarmConfigurationUpdatedTimestamp(alarm.configurationUpdated())
                .actionsEnabled(config.actionsEnabled())
                .okActions(config.okActions())
                .alarmActions(config.alarmActions())
                .insufficientDataActions(config.insufficientDataActions())
                .stateValue(state.value())
                .stateReason(state.reason())
                .stateReasonData(state.reasonData())
                .stateUpdatedTimestamp(state.updated())
                .stateTransitionedTimestamp(state.transitioned())
                .evaluationPeriods(config.evaluationPeriods())
                .datapointsToAlarm(config.datapointsToAlarm())
                .threshold(config.threshold())
                .comparisonOperator(config.comparisonOperator())
                .treatMissingData(config.treatMissingData())
                .evaluateLowSampleCountPercentile(config.evaluateLowSampleCountPercentile());
        if (config.isMetricMath()) {
            builder.metrics(config.metrics().stream().map(StoredQuery::toSdk).toList());
        } else {
            builder.metricName(config.metricName())
                    .namespace(config.namespace())
                    .statistic(config.statistic())
                    .extendedStatistic(config.extendedStatistic())
                    .dimensions(StoredDimension.toSdk(config.dimensions()))
                    .period(config.period())
                    .unit(config.unit());
        }
        return builder.build();
    }
}
