package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.AlarmViews;
import io.cloudgate.cloudwatch.alarms.model.StoredDimension;
import io.cloudgate.cloudwatch.alarms.model.StoredQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricResponse;

/**
 * The alarms on one metric (namespace, name and exactly these dimensions), optionally narrowed by statistic,
 * extended statistic, period and unit; metric-math alarms match when one of their metric stats does.
 */
final class DescribeAlarmsForMetric implements Operation<DescribeAlarmsForMetricRequest, DescribeAlarmsForMetricResponse> {
    private final AlarmContext alarms;

    DescribeAlarmsForMetric(AlarmContext alarms) {
        this.alarms = alarms;
    }

    @Override
    public DescribeAlarmsForMetricResponse handle(DescribeAlarmsForMetricRequest request, RequestContext context) {
        Validation.required(request.metricName(), "metricName");
        Validation.required(request.namespace(), "namespace");
        List<StoredDimension> dimensions = StoredDimension.fromSdk(request.dimensions());
        return DescribeAlarmsForMetricResponse.builder()
                .metricAlarms(alarms.alarms().list(context.principal().accountId()).stream()
                        .filter(alarm -> matches(alarm.config(), request, dimensions))
                        .map(AlarmViews::toSdk).toList())
                .build();
    }

    private static boolean matches(AlarmConfig config, DescribeAlarmsForMetricRequest request,
                                   List<StoredDimension> dimensions) {
        if (config.isMetricMath()) {
            return config.metrics().stream().filter(StoredQuery::isMetricStat).anyMatch(query ->
                    request.metricName().equals(query.metricName()) && request.namespace().equals(query.namespace())
                            && sameDimensions(query.dimensions(), dimensions)
                            && optional(request.statisticAsString(), query.stat())
                            && optional(request.extendedStatistic(), query.stat())
                            && optional(request.period(), query.statPeriod())
                            && optional(request.unitAsString(), query.unit()));
        }
        return request.metricName().equals(config.metricName()) && request.namespace().equals(config.namespace())
                && sameDimensions(config.dimensions(), dimensions)
                && optional(request.statisticAsString(), config.statistic())
                && optional(request.extendedStatistic(), config.extendedStatistic())
                && optional(request.period(), config.period())
                && optional(request.unitAsString(), config.unit());
    }

    private static boolean sameDimensions(List<StoredDimension> a, List<StoredDimension> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }

    private static boolean optional(Object wanted, Object actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }
}
