package io.cloudgate.cloudwatch.metrics.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.CloudWatchContext;
import io.cloudgate.store.MutableClock;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsRequest;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StatisticSet;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

class MetricOperationsTest {
    private final MutableClock clock = new MutableClock();
    private final MvStoreDocumentStore documents = MvStoreDocumentStore.inMemory(clock);
    private final CloudWatchContext cloudWatch = CloudWatchContext.embedded(documents, clock, "us-east-1", null);
    private final RequestContext request = new RequestContext("req", new Principal("111122223333",
            "arn:aws:iam::111122223333:root", "111122223333", null, "AKID", false), "us-east-1", clock);
    private final Instant start = clock.instant().minus(Duration.ofMinutes(10));

    @AfterEach
    void close() {
        documents.close();
    }

    private void put(MetricDatum... data) {
        new PutMetricData(cloudWatch.metrics(), clock).handle(PutMetricDataRequest.builder().namespace("App")
                .metricData(data).build(), request);
    }

    private static MetricDatum.Builder datum(String name) {
        return MetricDatum.builder().metricName(name).dimensions(Dimension.builder().name("Host").value("a").build());
    }

    private List<Datapoint> statistics(GetMetricStatisticsRequest.Builder builder) {
        return new GetMetricStatistics(cloudWatch.metrics(), clock).handle(builder.namespace("App")
                .dimensions(Dimension.builder().name("Host").value("a").build())
                .startTime(start).endTime(clock.instant()).build(), request).datapoints();
    }

    @Test
    void storesValuesArraysAndStatisticSetsAndReturnsStatisticsAndPercentiles() {
        put(datum("Latency").timestamp(start).values(1.0, 10.0, 5.0).counts(1.0, 2.0, 3.0).unit("Count").build(),
                datum("Latency").timestamp(start.plusSeconds(10)).value(3.0).unit("Count").build());
        put(datum("Latency").timestamp(start.plusSeconds(120)).statisticValues(StatisticSet.builder()
                .sampleCount(4.0).sum(8.0).minimum(1.0).maximum(3.0).build()).unit("Count").build());

        List<Datapoint> points = statistics(GetMetricStatisticsRequest.builder().metricName("Latency").period(60)
                .statisticsWithStrings("Sum", "SampleCount", "Maximum", "Average"));
        assertThat(points).hasSize(2);
        assertThat(points.getFirst()).satisfies(point -> {
            assertThat(point.sum()).isEqualTo(39.0);
            assertThat(point.sampleCount()).isEqualTo(7.0);
            assertThat(point.maximum()).isEqualTo(10.0);
            assertThat(point.unitAsString()).isEqualTo("Count");
        });
        assertThat(points.get(1).average()).isEqualTo(2.0);

        List<Datapoint> percentiles = statistics(GetMetricStatisticsRequest.builder().metricName("Latency")
                .period(60).extendedStatistics("p50", "p99.9"));
        assertThat(percentiles.getFirst().extendedStatistics()).containsEntry("p50", 5.0).containsEntry("p99.9", 10.0);
        assertThat(percentiles.get(1).extendedStatistics()).isEmpty();
        assertThat(statistics(GetMetricStatisticsRequest.builder().metricName("Latency").period(60)
                .statisticsWithStrings("Sum").unit("Seconds"))).isEmpty();
    }

    @Test
    void rejectsBadDataWithCloudWatchWording() {
        assertError(() -> put(datum("M").value(1.0).values(2.0).build()), "InvalidParameterCombination",
                "The parameters MetricData.member.1.Value and MetricData.member.1.Values are mutually exclusive and you have specified both.");
        assertError(() -> put(datum("M").values(1.0, 2.0).counts(1.0).build()), "InvalidParameterValue",
                "The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.");
        assertError(() -> put(datum("M").value(Double.NaN).build()), "InvalidParameterValue",
                "The value NaN for parameter MetricData.member.1.Value is invalid.");
        assertError(() -> put(datum("M").value(1e200).build()), "InvalidParameterValue",
                "The value 1.0E200 for parameter MetricData.member.1.Value is invalid.");
        assertError(() -> put(datum("M").value(1.0).timestamp(clock.instant().minus(Duration.ofDays(15))).build()),
                "InvalidParameterValue", "The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.");
        assertError(() -> put(MetricDatum.builder().value(1.0).build()), "MissingParameter",
                "The parameter MetricData.member.1.MetricName is required.");
        Dimension[] tooMany = new Dimension[31];
        for (int i = 0; i < tooMany.length; i++) {
            tooMany[i] = Dimension.builder().name("D" + i).value("v").build();
        }
        assertError(() -> put(MetricDatum.builder().metricName("M").value(1.0).dimensions(tooMany).build()),
                "InvalidParameterValue", "The collection MetricData.member.1.Dimensions must not have a size greater than 30.");
        assertError(() -> statistics(GetMetricStatisticsRequest.builder().metricName("M").period(90)
                .statisticsWithStrings("Sum")), "InvalidParameterValue", "The parameter Period must be a multiple of 60.");
        assertError(() -> new GetMetricStatistics(cloudWatch.metrics(), clock).handle(GetMetricStatisticsRequest
                        .builder().namespace("App").metricName("M").period(60).statisticsWithStrings("Sum")
                        .startTime(clock.instant().minus(Duration.ofDays(2))).endTime(clock.instant()).build(), request),
                "InvalidParameterCombination", "You have requested up to 2,880 datapoints, which exceeds the limit"
                        + " of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.");
        assertThat(statistics(GetMetricStatisticsRequest.builder().metricName("M").period(60)
                .statisticsWithStrings("Sum"))).isEmpty();
    }

    @Test
    void evaluatesMetricMathWithLabelsScanOrderAndPaging() {
        for (int i = 0; i < 3; i++) {
            put(datum("Hits").timestamp(start.plusSeconds(60L * i)).value(10.0 * (i + 1)).build(),
                    datum("Misses").timestamp(start.plusSeconds(60L * i)).value((double) i).build());
        }
        List<MetricDataQuery> queries = List.of(stat("hits", "Hits"), stat("misses", "Misses"),
                MetricDataQuery.builder().id("ratio").expression("100 * misses / (hits + misses)")
                        .label("Miss ratio").build());
        GetMetricDataResponse ascending = getMetricData(queries, ScanBy.TIMESTAMP_ASCENDING, null, null);
        assertThat(ascending.metricDataResults()).extracting(result -> result.id() + "=" + result.label())
                .containsExactly("hits=Hits", "ratio=Miss ratio");
        assertThat(ascending.metricDataResults().get(1).values()).containsExactly(0.0, 100.0 / 21, 200.0 / 32);
        assertThat(ascending.metricDataResults().get(0).timestamps()).containsExactly(start, start.plusSeconds(60),
                start.plusSeconds(120));

        GetMetricDataResponse firstPage = getMetricData(queries, null, 4, null);
        assertThat(firstPage.metricDataResults().getFirst().values()).containsExactly(30.0, 20.0, 10.0);
        assertThat(firstPage.metricDataResults().get(1).statusCode()).isEqualTo(StatusCode.PARTIAL_DATA);
        assertThat(firstPage.metricDataResults().get(1).values()).hasSize(1);
        GetMetricDataResponse secondPage = getMetricData(queries, null, 4, firstPage.nextToken());
        assertThat(secondPage.nextToken()).isNull();
        assertThat(secondPage.metricDataResults().get(1).values()).hasSize(2);

        assertError(() -> getMetricData(List.of(stat("hits", "Hits"), MetricDataQuery.builder().id("bad")
                .expression("hits +").build()), null, null, null), "ValidationError",
                "Error in expression 'bad': Unexpected end of expression.");
    }

    @Test
    void listsMetricsWithFilters() {
        put(datum("Hits").value(1.0).build(), MetricDatum.builder().metricName("Other").value(1.0).build());
        ListMetrics list = new ListMetrics(cloudWatch.metrics(), clock);
        assertThat(list.handle(ListMetricsRequest.builder().namespace("App").build(), request).metrics())
                .extracting(Metric::metricName).containsExactly("Hits", "Other");
        assertThat(list.handle(ListMetricsRequest.builder().dimensions(software.amazon.awssdk.services.cloudwatch
                .model.DimensionFilter.builder().name("Host").build()).recentlyActive("PT3H").build(), request)
                .metrics()).extracting(Metric::metricName).containsExactly("Hits");
        assertError(() -> list.handle(ListMetricsRequest.builder().nextToken("garbage!").build(), request),
                "InvalidParameterValue", "The value for parameter NextToken is invalid.");
    }

    private static MetricDataQuery stat(String id, String name) {
        return MetricDataQuery.builder().id(id).returnData(!id.equals("misses")).metricStat(MetricStat.builder()
                .metric(Metric.builder().namespace("App").metricName(name)
                        .dimensions(Dimension.builder().name("Host").value("a").build()).build())
                .period(60).stat("Sum").build()).build();
    }

    private GetMetricDataResponse getMetricData(List<MetricDataQuery> queries, ScanBy scanBy, Integer max,
                                                String token) {
        return new GetMetricData(cloudWatch.reader()).handle(GetMetricDataRequest.builder().metricDataQueries(queries)
                .startTime(start).endTime(clock.instant()).scanBy(scanBy).maxDatapoints(max).nextToken(token)
                .build(), request);
    }

    private static void assertError(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class, error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.getMessage()).isEqualTo(message);
        });
    }
}
