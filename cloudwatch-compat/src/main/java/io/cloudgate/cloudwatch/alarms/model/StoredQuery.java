package io.cloudgate.cloudwatch.alarms.model;

import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * One query of a metric-math alarm: either a metric stat (namespace, name, dimensions, period, stat, unit)
 * or an expression over other queries' ids.
 */
public record StoredQuery(String id, String expression, String label, Boolean returnData, Integer period,
                          String accountId, String namespace, String metricName, List<StoredDimension> dimensions,
                          Integer statPeriod, String stat, String unit) {

    public boolean isMetricStat() {
        return metricName != null;
    }

    public boolean returnsData() {
        return returnData == null || returnData;
    }

    public static StoredQuery fromSdk(MetricDataQuery query) {
        MetricStat stat = query.metricStat();
        if (stat == null) {
            return new StoredQuery(query.id(), query.expression(), query.label(), query.returnData(), query.period(),
                    query.accountId(), null, null, List.of(), null, null, null);
        }
        Metric metric = stat.metric();
        return new StoredQuery(query.id(), query.expression(), query.label(), query.returnData(), query.period(),
                query.accountId(), metric == null ? null : metric.namespace(),
                metric == null ? null : metric.metricName(),
                metric == null ? List.of() : StoredDimension.fromSdk(metric.dimensions()), stat.period(), stat.stat(),
                stat.unitAsString());
    }

    public MetricDataQuery toSdk() {
        MetricDataQuery.Builder builder = MetricDataQuery.builder().id(id).expression(expression).label(label)
                .returnData(returnData).period(period).accountId(accountId);
        if (isMetricStat()) {
            builder.metricStat(MetricStat.builder()
                    .metric(Metric.builder().namespace(namespace).metricName(metricName)
                            .dimensions(StoredDimension.toSdk(dimensions)).build())
                    .period(statPeriod).stat(stat).unit(unit).build());
        }
        return builder.build();
    }
}
