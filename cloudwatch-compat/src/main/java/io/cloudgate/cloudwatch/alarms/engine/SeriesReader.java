package io.cloudgate.cloudwatch.alarms.engine;

import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import io.cloudgate.cloudwatch.alarms.model.StoredDimension;
import io.cloudgate.cloudwatch.alarms.model.StoredQuery;
import io.cloudgate.cloudwatch.metrics.MetricDataReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * Reads an alarm's series through {@link MetricDataReader} only: a static alarm as one metric-stat query
 * (plus its SampleCount, for reason data and low-sample percentiles), a metric-math alarm as its queries.
 */
final class SeriesReader {
    private static final String VALUE_ID = "alarm_value";
    private static final String COUNT_ID = "alarm_samples";

    private final MetricDataReader reader;

    SeriesReader(MetricDataReader reader) {
        this.reader = reader;
    }

    /** Values and sample counts by period start over [start, end). */
    Map<Instant, Datapoint> read(StoredAlarm alarm, Instant start, Instant end) {
        AlarmConfig config = alarm.config();
        List<MetricDataQuery> queries;
        String valueId;
        if (config.isMetricMath()) {
            queries = config.metrics().stream().map(StoredQuery::toSdk).toList();
            valueId = config.returnedQuery().id();
        } else {
            Metric metric = Metric.builder().namespace(config.namespace()).metricName(config.metricName())
                    .dimensions(StoredDimension.toSdk(config.dimensions())).build();
            String stat = config.statistic() != null ? config.statistic() : config.extendedStatistic();
            queries = List.of(query(VALUE_ID, metric, config.period(), stat, config.unit()),
                    query(COUNT_ID, metric, config.period(), "SampleCount", config.unit()));
            valueId = VALUE_ID;
        }
        List<MetricDataResult> results = reader.read(alarm.account(), queries, start, end);
        Map<Instant, Double> counts = series(results, COUNT_ID);
        Map<Instant, Datapoint> points = new HashMap<>();
        series(results, valueId).forEach((timestamp, value) ->
                points.put(timestamp, new Datapoint(timestamp, value, counts.get(timestamp))));
        return points;
    }

    private static MetricDataQuery query(String id, Metric metric, int period, String stat, String unit) {
        return MetricDataQuery.builder().id(id).returnData(true)
                .metricStat(MetricStat.builder().metric(metric).period(period).stat(stat).unit(unit).build())
                .build();
    }

    private static Map<Instant, Double> series(List<MetricDataResult> results, String id) {
        Map<Instant, Double> values = new HashMap<>();
        for (MetricDataResult result : results) {
            if (id.equals(result.id())) {
                for (int i = 0; i < Math.min(result.timestamps().size(), result.values().size()); i++) {
                    values.put(result.timestamps().get(i), result.values().get(i));
                }
            }
        }
        return values;
    }
}
