package io.cloudgate.cloudwatch.alarms.model;

import java.util.List;

/**
 * What PutMetricAlarm configures. A static-threshold alarm has a metric (namespace, name, dimensions,
 * statistic or extended statistic, period, unit); a metric-math alarm has {@code metrics} instead.
 */
public record AlarmConfig(String description, boolean actionsEnabled, List<String> okActions,
                          List<String> alarmActions, List<String> insufficientDataActions, String metricName,
                          String namespace, String statistic, String extendedStatistic,
                          List<StoredDimension> dimensions, Integer period, String unit, int evaluationPeriods,
                          Integer datapointsToAlarm, Double threshold, String comparisonOperator,
                          String treatMissingData, String evaluateLowSampleCountPercentile,
                          List<StoredQuery> metrics) {

    public boolean isMetricMath() {
        return !metrics.isEmpty();
    }

    /** M of M-of-N: DatapointsToAlarm, or EvaluationPeriods when not set. */
    public int datapointsToAlarmOrDefault() {
        return datapointsToAlarm == null ? evaluationPeriods : datapointsToAlarm;
    }

    /** How missing data is treated; AWS's default is {@code missing}. */
    public String treatMissingDataOrDefault() {
        return treatMissingData == null ? "missing" : treatMissingData;
    }

    /** The period of the evaluated series: the alarm's, or for metric math that of the query returning data. */
    public int evaluatedPeriod() {
        if (!isMetricMath()) {
            return period;
        }
        StoredQuery returned = returnedQuery();
        if (returned.period() != null) {
            return returned.period();
        }
        if (returned.statPeriod() != null) {
            return returned.statPeriod();
        }
        return metrics.stream().filter(StoredQuery::isMetricStat).map(StoredQuery::statPeriod)
                .filter(p -> p != null).findFirst().orElse(60);
    }

    /** The one query of a metric-math alarm whose ReturnData is true. */
    public StoredQuery returnedQuery() {
        return metrics.stream().filter(StoredQuery::returnsData).findFirst().orElseThrow();
    }

    public AlarmConfig withActionsEnabled(boolean enabled) {
        return new AlarmConfig(description, enabled, okActions, alarmActions, insufficientDataActions, metricName,
                namespace, statistic, extendedStatistic, dimensions, period, unit, evaluationPeriods,
                datapointsToAlarm, threshold, comparisonOperator, treatMissingData,
                evaluateLowSampleCountPercentile, metrics);
    }

    /** The actions to run when the alarm enters {@code state}. */
    public List<String> actionsFor(String state) {
        return switch (state) {
            case AlarmState.OK -> okActions;
            case AlarmState.ALARM -> alarmActions;
            default -> insufficientDataActions;
        };
    }
}
