package io.cloudgate.cloudwatch.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One metric series: account, namespace, metric name and its dimensions. Dimensions are kept sorted by name,
 * so two requests naming the same dimensions in a different order address the same series, as in CloudWatch.
 */
public record MetricSeries(String account, String namespace, String metricName, List<Dimension> dimensions) {
    public MetricSeries {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(metricName, "metricName");
        dimensions = dimensions.stream().sorted(Comparator.comparing(Dimension::name)).toList();
    }

    /** An unambiguous text form (lengths prefix every part), for keys and hashing. */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        append(text, account);
        append(text, namespace);
        append(text, metricName);
        for (Dimension dimension : dimensions) {
            append(text, dimension.name());
            append(text, dimension.value());
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        text.append(part.length()).append(':').append(part);
    }
}
