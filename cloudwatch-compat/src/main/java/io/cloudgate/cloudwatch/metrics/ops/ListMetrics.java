package io.cloudgate.cloudwatch.metrics.ops;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.metrics.ListedSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;

/** ListMetrics: namespace, name and dimension filters, RecentlyActive=PT3H, pages of 500. */
final class ListMetrics implements Operation<ListMetricsRequest, ListMetricsResponse> {
    static final int PAGE_SIZE = 500;

    private final MetricStore store;
    private final Clock clock;

    ListMetrics(MetricStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ListMetricsResponse handle(ListMetricsRequest request, RequestContext context) {
        if (request.dimensions().size() > 10) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The collection Dimensions must not have a size greater than 10.");
        }
        List<SeriesFilter.DimensionFilter> dimensions = new ArrayList<>();
        for (int i = 0; i < request.dimensions().size(); i++) {
            var filter = request.dimensions().get(i);
            String name = Names.dimensionName(filter.name(), "Dimensions.member." + (i + 1) + ".Name");
            dimensions.add(new SeriesFilter.DimensionFilter(name, filter.value()));
        }
        Instant activeSince = null;
        if (request.recentlyActive() != null) {
            if (!"PT3H".equals(request.recentlyActiveAsString())) {
                throw AwsException.validation("1 validation error detected: Value '" + request.recentlyActiveAsString()
                        + "' at 'recentlyActive' failed to satisfy constraint: Member must satisfy enum value set: [PT3H]");
            }
            activeSince = clock.instant().minus(Duration.ofHours(3));
        }
        SeriesFilter filter = new SeriesFilter(request.namespace(), request.metricName(), dimensions, activeSince);
        SeriesPage page;
        try {
            page = store.list(context.principal().accountId(), filter, request.nextToken(), PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            throw AwsException.badRequest("InvalidParameterValue", "The value for parameter NextToken is invalid.");
        }
        List<Metric> metrics = page.series().stream().map(ListMetrics::metric).toList();
        return ListMetricsResponse.builder().metrics(metrics).nextToken(page.nextToken()).build();
    }

    private static Metric metric(ListedSeries listed) {
        return Metric.builder()
                .namespace(listed.series().namespace())
                .metricName(listed.series().metricName())
                .dimensions(listed.series().dimensions().stream()
                        .map(dimension -> software.amazon.awssdk.services.cloudwatch.model.Dimension.builder()
                                .name(dimension.name()).value(dimension.value()).build())
                        .toList())
                .build();
    }
}
