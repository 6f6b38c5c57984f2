package io.cloudgate.cloudwatch.metrics;

import java.time.Instant;
import java.util.List;

/**
 * Which series to list. Null members match anything.
 *
 * @param dimensions  each must be present on the series; a filter with a null value matches any value
 * @param activeSince only series written at or after this instant (ListMetrics RecentlyActive)
 */
public record SeriesFilter(String namespace, String metricName, List<DimensionFilter> dimensions,
                           Instant activeSince) {
    public SeriesFilter {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public static SeriesFilter all() {
        return new SeriesFilter(null, null, List.of(), null);
    }

    /** A dimension the series must have; a null value matches any value. */
    public record DimensionFilter(String name, String value) {
    }

    public boolean matches(MetricSeries series, Instant lastWrite) {
        if ((namespace != null && !namespace.equals(series.namespace()))
                || (metricName != null && !metricName.equals(series.metricName()))
                || (activeSince != null && lastWrite.isBefore(activeSince))) {
            return false;
        }
        return dimensions.stream().allMatch(filter -> series.dimensions().stream().anyMatch(dimension ->
                dimension.name().equals(filter.name()) && (filter.value() == null
                        || filter.value().equals(dimension.value()))));
    }
}
