package io.cloudgate.cloudwatch.metrics.read;

import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.math.TimeSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudwatch.model.MessageData;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * Reads one MetricStat as a time series. Without a unit, periods holding several units are merged and the
 * result carries CloudWatch's MultipleUnits message.
 */
final class MetricStatReader {
    private final MetricStore store;

    MetricStatReader(MetricStore store) {
        this.store = store;
    }

    record StatResult(TimeSeries series, List<MessageData> messages) {
    }

    static MetricSeries series(String account, Metric metric) {
        List<Dimension> dimensions = metric.dimensions().stream()
                .map(dimension -> new Dimension(dimension.name(), dimension.value())).toList();
        return new MetricSeries(account, metric.namespace(), metric.metricName(), dimensions);
    }

    StatResult read(String account, MetricStat stat, Instant start, Instant end, String label) {
        String unit = stat.unitAsString();
        List<PeriodAggregate> aggregates = store.query(series(account, stat.metric()), start, end, stat.period());
        Map<Instant, PeriodAggregate> byPeriod = new LinkedHashMap<>();
        TreeSet<String> units = new TreeSet<>();
        for (PeriodAggregate aggregate : aggregates) {
            if (unit != null && !unit.equals(aggregate.unit())) {
                continue;
            }
            units.add(aggregate.unit());
            byPeriod.merge(aggregate.start(), aggregate, MetricStatReader::mergeUnits);
        }
        TreeMap<Long, Double> points = new TreeMap<>();
        byPeriod.forEach((periodStart, aggregate) -> {
            OptionalDouble value = Statistics.value(stat.stat(), aggregate);
            if (value.isPresent()) {
                points.put(periodStart.getEpochSecond(), value.getAsDouble());
            }
        });
        List<MessageData> messages = new ArrayList<>();
        if (units.size() > 1) {
            messages.add(MessageData.builder().code("MultipleUnits")
                    .value("Multiple units returned: '[" + String.join(", ", units) + "]'").build());
        }
        return new StatResult(new TimeSeries(label, points), messages);
    }

    private static PeriodAggregate mergeUnits(PeriodAggregate a, PeriodAggregate b) {
        var distribution = a.distribution() == null ? b.distribution()
                : b.distribution() == null ? a.distribution() : a.distribution().merge(b.distribution());
        return new PeriodAggregate(a.start(), a.unit(), a.statistics().merge(b.statistics()), distribution);
    }
}
