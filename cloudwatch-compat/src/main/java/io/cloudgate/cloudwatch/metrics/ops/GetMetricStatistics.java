package io.cloudgate.cloudwatch.metrics.ops;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.read.QueryValidation;
import io.cloudgate.cloudwatch.metrics.read.Statistics;
import io.cloudgate.cloudwatch.metrics.read.TimeAlignment;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;

/** GetMetricStatistics: one datapoint per period and unit, with the requested statistics and percentiles. */
final class GetMetricStatistics implements Operation<GetMetricStatisticsRequest, GetMetricStatisticsResponse> {
    static final int MAX_DATAPOINTS = 1440;

    private final MetricStore store;
    private final Clock clock;

    GetMetricStatistics(MetricStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public GetMetricStatisticsResponse handle(GetMetricStatisticsRequest request, RequestContext context) {
        String namespace = Names.namespace(request.namespace(), "Namespace");
        String metricName = Names.metricName(request.metricName(), "MetricName");
        TimeRange.check(request.startTime(), request.endTime());
        if (request.period() == null) {
            throw AwsException.badRequest("MissingParameter", "The parameter Period is required.");
        }
        int period = request.period();
        QueryValidation.checkPeriod(period, "Period");
        List<String> statistics = request.statisticsAsStrings();
        List<String> percentiles = request.extendedStatistics();
        checkStatistics(statistics, percentiles);
        Instant start = TimeAlignment.start(request.startTime(), period, clock.instant());
        long datapoints = (request.endTime().getEpochSecond() - start.getEpochSecond() + period - 1) / period;
        if (datapoints > MAX_DATAPOINTS) {
            throw AwsException.badRequest("InvalidParameterCombination", "You have requested up to "
                    + NumberFormat.getIntegerInstance(Locale.US).format(datapoints) + " datapoints, which exceeds"
                    + " the limit of 1,440. You may reduce the datapoints requested by increasing Period, or"
                    + " decreasing the time range.");
        }
        List<Dimension> dimensions = request.dimensions().stream()
                .map(dimension -> new Dimension(dimension.name(), dimension.value())).toList();
        MetricSeries series = new MetricSeries(context.principal().accountId(), namespace, metricName, dimensions);
        String unit = request.unitAsString();
        List<Datapoint> result = new ArrayList<>();
        for (PeriodAggregate aggregate : store.query(series, start, request.endTime(), period)) {
            if (unit == null || unit.equals(aggregate.unit())) {
                result.add(datapoint(aggregate, statistics, percentiles));
            }
        }
        return GetMetricStatisticsResponse.builder().label(metricName).datapoints(result).build();
    }

    private static void checkStatistics(List<String> statistics, List<String> percentiles) {
        if (statistics.isEmpty() == percentiles.isEmpty()) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "Must specify either Statistics or ExtendedStatistics, but not both.");
        }
        for (int i = 0; i < statistics.size(); i++) {
            if (!Statistics.isStandard(statistics.get(i))) {
                throw AwsException.validation("1 validation error detected: Value '[" + String.join(", ", statistics)
                        + "]' at 'statistics' failed to satisfy constraint: Member must satisfy constraint: [Member"
                        + " must satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]]");
            }
        }
        if (percentiles.size() > 10) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The collection ExtendedStatistics must not have a size greater than 10.");
        }
        for (String percentile : percentiles) {
            if (!Statistics.isPercentile(percentile)) {
                throw AwsException.badRequest("InvalidParameterValue", "The value " + percentile
                        + " for parameter ExtendedStatistics is not supported.");
            }
        }
    }

    private static Datapoint datapoint(PeriodAggregate aggregate, List<String> statistics, List<String> percentiles) {
        Datapoint.Builder datapoint = Datapoint.builder().timestamp(aggregate.start()).unit(aggregate.unit());
        for (String statistic : statistics) {
            double value = Statistics.value(statistic, aggregate).orElseThrow();
            switch (statistic) {
                case "SampleCount" -> datapoint.sampleCount(value);
                case "Average" -> datapoint.average(value);
                case "Sum" -> datapoint.sum(value);
                case "Minimum" -> datapoint.minimum(value);
                default -> datapoint.maximum(value);
            }
        }
        if (!percentiles.isEmpty()) {
            Map<String, Double> extended = new LinkedHashMap<>();
            for (String percentile : percentiles) {
                OptionalDouble value = Statistics.value(percentile, aggregate);
                value.ifPresent(v -> extended.put(percentile, v));
            }
            datapoint.extendedStatistics(extended);
        }
        return datapoint.build();
    }
}
