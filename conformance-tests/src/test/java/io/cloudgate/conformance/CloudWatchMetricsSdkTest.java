package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** CloudWatch metrics through the AWS SDK for Java v2, which sends awsQuery. */
class CloudWatchMetricsSdkTest {
    private static final Dimension HOST = Dimension.builder().name("Host").value("web-1").build();
    private static RunningGateway gateway;
    private static CloudWatchClient cloudWatch;
    private static CloudWatchClient otherTenant;
    private static final Instant MINUTE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(10, ChronoUnit.MINUTES);

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        cloudWatch = client(gateway.createAccount("cw-sdk-tenant"));
        otherTenant = client(gateway.createAccount("cw-sdk-other"));
        for (int minute = 0; minute < 3; minute++) {
            Instant at = MINUTE.plus(minute, ChronoUnit.MINUTES);
            cloudWatch.putMetricData(request -> request.namespace("Shop/Web").metricData(
                    datum("Requests", at).value(100.0 * (minute(at) + 1)).unit(StandardUnit.COUNT).build(),
                    datum("Errors", at).value((double) minute(at)).unit(StandardUnit.COUNT).build(),
                    datum("Latency", at).values(10.0, 20.0, 30.0).counts(1.0, 1.0, 2.0)
                            .unit(StandardUnit.MILLISECONDS).build()));
        }
    }

    private static int minute(Instant at) {
        return (int) ChronoUnit.MINUTES.between(MINUTE, at);
    }

    private static MetricDatum.Builder datum(String name, Instant at) {
        return MetricDatum.builder().metricName(name).dimensions(HOST).timestamp(at);
    }

    private static CloudWatchClient client(Credentials credentials) {
        return CloudWatchClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials.provider()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        cloudWatch.close();
        otherTenant.close();
        gateway.close();
    }

    @Test
    void getMetricStatisticsReturnsStatisticsAndPercentiles() {
        List<Datapoint> requests = cloudWatch.getMetricStatistics(request -> request.namespace("Shop/Web")
                .metricName("Requests").dimensions(HOST).startTime(MINUTE).endTime(MINUTE.plusSeconds(180))
                .period(180).statistics(Statistic.SUM, Statistic.AVERAGE, Statistic.SAMPLE_COUNT)).datapoints();
        assertThat(requests).singleElement().satisfies(point -> {
            assertThat(point.sum()).isEqualTo(600.0);
            assertThat(point.average()).isEqualTo(200.0);
            assertThat(point.sampleCount()).isEqualTo(3.0);
            assertThat(point.unit()).isEqualTo(StandardUnit.COUNT);
            assertThat(point.timestamp()).isEqualTo(MINUTE);
        });
        List<Datapoint> latency = cloudWatch.getMetricStatistics(request -> request.namespace("Shop/Web")
                .metricName("Latency").dimensions(HOST).startTime(MINUTE).endTime(MINUTE.plusSeconds(60))
                .period(60).extendedStatistics("p50", "p100")).datapoints();
        assertThat(latency).singleElement().satisfies(point ->
                assertThat(point.extendedStatistics()).containsEntry("p50", 20.0).containsEntry("p100", 30.0));
        assertThat(otherTenant.getMetricStatistics(request -> request.namespace("Shop/Web").metricName("Requests")
                .dimensions(HOST).startTime(MINUTE).endTime(MINUTE.plusSeconds(180)).period(60)
                .statistics(Statistic.SUM)).datapoints()).isEmpty();
    }

    @Test
    void getMetricDataEvaluatesMetricMath() {
        GetMetricDataResponse response = cloudWatch.getMetricData(request -> request
                .startTime(MINUTE).endTime(MINUTE.plusSeconds(180)).scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .metricDataQueries(stat("requests", "Requests", false), stat("errors", "Errors", false),
                        MetricDataQuery.builder().id("errorRate").expression("100 * errors / requests")
                                .label("Error rate").build(),
                        MetricDataQuery.builder().id("total").expression("SUM(METRICS())").build()));
        assertThat(response.metricDataResults()).extracting(result -> result.id() + ":" + result.label())
                .containsExactly("errorRate:Error rate", "total:total");
        assertThat(response.metricDataResults().getFirst().values()).containsExactly(0.0, 100.0 / 200, 100.0 * 2 / 300);
        assertThat(response.metricDataResults().getFirst().timestamps()).containsExactly(MINUTE,
                MINUTE.plusSeconds(60), MINUTE.plusSeconds(120));
        assertThat(response.metricDataResults().get(1).values()).containsExactly(100.0, 201.0, 302.0);
        assertThat(response.metricDataResults().get(1).statusCodeAsString()).isEqualTo("Complete");
    }

    @Test
    void listMetricsFiltersByNameAndDimension() {
        List<Metric> metrics = cloudWatch.listMetrics(request -> request.namespace("Shop/Web")
                .dimensions(DimensionFilter.builder().name("Host").value("web-1").build())).metrics();
        assertThat(metrics).extracting(Metric::metricName).containsExactly("Errors", "Latency", "Requests");
        assertThat(metrics.getFirst().dimensions()).containsExactly(HOST);
        assertThat(cloudWatch.listMetrics(request -> request.metricName("Errors").recentlyActive("PT3H")).metrics())
                .hasSize(1);
        assertThat(otherTenant.listMetrics(request -> request.namespace("Shop/Web")).metrics()).isEmpty();
    }

    @Test
    void badRequestsFailWithCloudWatchErrors() {
        assertThatThrownBy(() -> cloudWatch.putMetricData(request -> request.namespace("Shop/Web")
                .metricData(MetricDatum.builder().metricName("X").value(1.0).values(2.0).build())))
                .isInstanceOfSatisfying(CloudWatchException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterCombination");
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("The parameters MetricData.member.1"
                            + ".Value and MetricData.member.1.Values are mutually exclusive and you have specified both.");
                });
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(request -> request.namespace("Shop/Web")
                .metricName("Requests").startTime(MINUTE).endTime(MINUTE.plusSeconds(60)).period(45)
                .statistics(Statistic.SUM)))
                .isInstanceOfSatisfying(CloudWatchException.class, error -> assertThat(error.awsErrorDetails()
                        .errorCode()).isEqualTo("InvalidParameterValue"));
        assertThatThrownBy(() -> cloudWatch.getMetricData(request -> request.startTime(MINUTE)
                .endTime(MINUTE.plusSeconds(60)).metricDataQueries(stat("requests", "Requests", true),
                        MetricDataQuery.builder().id("broken").expression("requests *").build())))
                .isInstanceOfSatisfying(CloudWatchException.class, error -> {
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(error.awsErrorDetails().errorMessage()).startsWith("Error in expression 'broken'");
                });
    }

    private static MetricDataQuery stat(String id, String name, boolean returnData) {
        return MetricDataQuery.builder().id(id).returnData(returnData).metricStat(stat -> stat.period(60).stat("Sum")
                .metric(metric -> metric.namespace("Shop/Web").metricName(name).dimensions(HOST))).build();
    }
}
