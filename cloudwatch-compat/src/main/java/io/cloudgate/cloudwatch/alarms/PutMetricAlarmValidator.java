package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.Validation;
import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.StoredDimension;
import io.cloudgate.cloudwatch.alarms.model.StoredQuery;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** Turns a PutMetricAlarm request into an alarm configuration, refusing what AWS refuses. */
final class PutMetricAlarmValidator {
    static final Set<String> STATIC_OPERATORS = Set.of("GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
            "LessThanThreshold", "LessThanOrEqualToThreshold");
    private static final Pattern EXTENDED_STATISTIC = Pattern.compile("p(\\d{1,2}(\\.\\d{1,10})?|100(\\.0{1,10})?)");
    private static final int MAX_EVALUATION_SECONDS = 7 * 24 * 3600;
    private static final int MAX_DIMENSIONS = 30;

    private PutMetricAlarmValidator() {
    }

    static AlarmConfig check(PutMetricAlarmRequest request) {
        Validation.required(request.alarmName(), "alarmName");
        Validation.length(request.alarmName(), "alarmName", 1, 255);
        Validation.length(request.alarmDescription(), "alarmDescription", 0, 1024);
        if (request.evaluationPeriods() == null) {
            Validation.required(null, "evaluationPeriods");
        }
        int evaluationPeriods = Validation.range(request.evaluationPeriods(), "evaluationPeriods", 1,
                Integer.MAX_VALUE, 1);
        String operator = Validation.required(request.comparisonOperatorAsString(), "comparisonOperator");
        AlarmErrors.enumValue(operator, "comparisonOperator", ComparisonOperator.knownValues().stream()
                .map(ComparisonOperator::toString).sorted().toList());
        if (request.thresholdMetricId() != null) {
            throw AlarmErrors.invalidValue("Anomaly detection alarms (ThresholdMetricId) are not supported by this "
                    + "endpoint.");
        }
        if (!STATIC_OPERATORS.contains(operator)) {
            throw AlarmErrors.validation("Comparison operator " + operator + " is only valid for anomaly detection "
                    + "alarms, which require ThresholdMetricId.");
        }
        if (request.threshold() == null) {
            throw AlarmErrors.validation("Either Threshold or ThresholdMetricId must be specified.");
        }
        if (request.threshold().isNaN() || request.threshold().isInfinite()) {
            throw AlarmErrors.invalidValue("The value " + request.threshold() + " for parameter Threshold is invalid.");
        }
        AlarmErrors.option(request.treatMissingData(), "TreatMissingData",
                List.of("missing", "ignore", "breaching", "notBreaching"),
                "missing, ignore, breaching and notBreaching");
        AlarmErrors.option(request.evaluateLowSampleCountPercentile(), "EvaluateLowSampleCountPercentile",
                List.of("evaluate", "ignore"), "evaluate and ignore");
        Integer datapointsToAlarm = request.datapointsToAlarm();
        if (datapointsToAlarm != null) {
            Validation.range(datapointsToAlarm, "datapointsToAlarm", 1, Integer.MAX_VALUE, 1);
            if (datapointsToAlarm > evaluationPeriods) {
                throw AlarmErrors.validation("DatapointsToAlarm must be less than or equal to EvaluationPeriods.");
            }
        }
        boolean ec2Actions = AlarmActionsValidator.check(request.okActions(), "oKActions")
                | AlarmActionsValidator.check(request.alarmActions(), "alarmActions")
                | AlarmActionsValidator.check(request.insufficientDataActions(), "insufficientDataActions");
        List<StoredQuery> metrics = List.of();
        if (request.hasMetrics()) {
            checkNoMetricFields(request);
            metrics = MetricsListValidator.check(request.metrics());
        } else {
            checkMetric(request, evaluationPeriods);
        }
        if (ec2Actions && request.dimensions().stream().noneMatch(d -> "InstanceId".equals(d.name()))) {
            throw AlarmErrors.validation("EC2 actions (stop, terminate, reboot, recover) need an alarm on a metric "
                    + "with an InstanceId dimension.");
        }
        return new AlarmConfig(request.alarmDescription(), request.actionsEnabled() == null || request.actionsEnabled(),
                List.copyOf(request.okActions()), List.copyOf(request.alarmActions()),
                List.copyOf(request.insufficientDataActions()), request.metricName(), request.namespace(),
                request.statisticAsString(), request.extendedStatistic(),
                StoredDimension.fromSdk(request.dimensions()), request.period(), request.unitAsString(),
                evaluationPeriods, datapointsToAlarm, request.threshold(), operator, request.treatMissingData(),
                request.evaluateLowSampleCountPercentile(), metrics);
    }

    private static void checkNoMetricFields(PutMetricAlarmRequest request) {
        if (request.metricName() != null || request.namespace() != null || request.statistic() != null
                || request.extendedStatistic() != null || request.hasDimensions() || request.period() != null
                || request.unit() != null) {
            throw AlarmErrors.combination("The parameters MetricName, Namespace, Statistic, ExtendedStatistic, "
                    + "Dimensions, Period and Unit cannot be used together with Metrics.");
        }
    }

    private static void checkMetric(PutMetricAlarmRequest request, int evaluationPeriods) {
        if (request.metricName() == null || request.namespace() == null) {
            throw AlarmErrors.validation("Either the parameters MetricName and Namespace, or Metrics must be "
                    + "specified.");
        }
        Validation.length(request.metricName(), "metricName", 1, 255);
        Validation.length(request.namespace(), "namespace", 1, 255);
        if ((request.statistic() == null) == (request.extendedStatistic() == null)) {
            throw AlarmErrors.combination("Exactly one of the parameters Statistic and ExtendedStatistic must be "
                    + "specified.");
        }
        AlarmErrors.enumValue(request.statisticAsString(), "statistic", Statistic.knownValues().stream()
                .map(Statistic::toString).sorted().toList());
        if (request.extendedStatistic() != null && !EXTENDED_STATISTIC.matcher(request.extendedStatistic()).matches()) {
            throw AlarmErrors.invalidValue("The value " + request.extendedStatistic()
                    + " for parameter ExtendedStatistic is not supported.");
        }
        if (request.evaluateLowSampleCountPercentile() != null && request.extendedStatistic() == null) {
            throw AlarmErrors.combination("EvaluateLowSampleCountPercentile can only be used with a percentile "
                    + "ExtendedStatistic.");
        }
        AlarmErrors.enumValue(request.unitAsString(), "unit", StandardUnit.knownValues().stream()
                .map(StandardUnit::toString).sorted().toList());
        if (request.period() == null) {
            Validation.required(null, "period");
        }
        checkPeriod(request.period());
        if ((long) request.period() * evaluationPeriods > MAX_EVALUATION_SECONDS) {
            throw AlarmErrors.validation("The evaluation period (Period * EvaluationPeriods) must not exceed "
                    + MAX_EVALUATION_SECONDS + " seconds.");
        }
        if (request.dimensions().size() > MAX_DIMENSIONS) {
            throw AlarmErrors.validation("1 validation error detected: Value at 'dimensions' failed to satisfy "
                    + "constraint: Member must have length less than or equal to " + MAX_DIMENSIONS);
        }
        for (int i = 0; i < request.dimensions().size(); i++) {
            Dimension dimension = request.dimensions().get(i);
            String member = "dimensions." + (i + 1) + ".member.";
            Validation.required(dimension.name(), member + "name");
            Validation.length(dimension.name(), member + "name", 1, 255);
            Validation.required(dimension.value(), member + "value");
            Validation.length(dimension.value(), member + "value", 1, 1024);
        }
    }

    /** High-resolution periods are 10, 20 and 30 seconds; otherwise a multiple of a minute. */
    static void checkPeriod(int period) {
        Validation.range(period, "period", 1, Integer.MAX_VALUE, period);
        if (period != 10 && period != 20 && period != 30 && period % 60 != 0) {
            throw AlarmErrors.validation("Period must be 10, 20, 30 or a multiple of 60.");
        }
    }
}
