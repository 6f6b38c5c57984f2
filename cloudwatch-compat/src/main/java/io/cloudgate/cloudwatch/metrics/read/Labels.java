package io.cloudgate.cloudwatch.metrics.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;

/**
 * Default result labels as CloudWatch makes them: the metric name, followed by the statistic when queries of the
 * same metric name use different statistics, and by the period when they use different periods. Expressions
 * default to their id. A query's own Label wins.
 */
final class Labels {
    private Labels() {
    }

    static Map<String, String> of(List<MetricDataQuery> queries) {
        Map<String, String> labels = new HashMap<>();
        for (MetricDataQuery query : queries) {
            labels.put(query.id(), query.label() != null ? query.label() : defaultLabel(query, queries));
        }
        return labels;
    }

    private static String defaultLabel(MetricDataQuery query, List<MetricDataQuery> queries) {
        if (query.metricStat() == null) {
            return query.id();
        }
        String name = query.metricStat().metric().metricName();
        List<MetricDataQuery> sameName = queries.stream()
                .filter(other -> other.metricStat() != null && name.equals(other.metricStat().metric().metricName()))
                .toList();
        StringBuilder label = new StringBuilder(name);
        if (sameName.stream().map(other -> other.metricStat().stat()).distinct().count() > 1) {
            label.append(' ').append(query.metricStat().stat());
        }
        if (sameName.stream().map(other -> other.metricStat().period()).distinct().count() > 1) {
            label.append(' ').append(query.metricStat().period());
        }
        return label.toString();
    }
}
