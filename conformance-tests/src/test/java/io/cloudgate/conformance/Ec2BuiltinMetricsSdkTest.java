package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Every instance reports AWS/EC2 metrics with no agent and nothing configured: an instance with detailed monitoring
 * gets 1-minute datapoints, its CPU driven by the {@code cloudgate:cpu-percent} tag, and an alarm on it fires.
 * The gateway's clock is the real one, so the test waits for the instance's first whole minute (up to a minute).
 */
class Ec2BuiltinMetricsSdkTest {
    private static final String WEB_SERVER_IMAGE = "cloudgate-webserver-1.0.0-x86_64";

    private static RunningGateway gateway;
    private static Credentials tenant;
    private static CloudWatchClient cloudWatch;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start("--alarm-evaluation-seconds", "1", "--web-server-port-offset", "28000");
        tenant = gateway.createAccount("ec2-builtin-metrics");
        cloudWatch = CloudWatchClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
        ec2 = SdkClients.ec2(gateway, tenant);
    }

    @AfterAll
    static void stop() throws Exception {
        cloudWatch.close();
        ec2.close();
        gateway.close();
    }

    @Test
    void runningInstancesReportEc2MetricsThatAlarmsWatch() throws Exception {
        List<Image> images = ec2.describeImages(r -> r.filters(Filter.builder().name("name")
                .values(WEB_SERVER_IMAGE).build())).images();
        assertThat(images).singleElement().satisfies(image -> assertThat(image.publicLaunchPermissions()).isTrue());
        String imageId = images.getFirst().imageId();
        String detailed = ec2.runInstances(r -> r.imageId(imageId).instanceType(InstanceType.T3_MICRO).minCount(1)
                .maxCount(1).monitoring(m -> m.enabled(true)).tagSpecifications(t -> t
                        .resourceType(ResourceType.INSTANCE)
                        .tags(Tag.builder().key("cloudgate:cpu-percent").value("90").build())))
                .instances().getFirst().instanceId();
        String basic = ec2.runInstances(r -> r.imageId(imageId).instanceType(InstanceType.T3_MICRO).minCount(1)
                .maxCount(1)).instances().getFirst().instanceId();
        ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(detailed, basic), TwoTenants.QUICK);

        List<Metric> listed = cloudWatch.listMetrics(r -> r.namespace("AWS/EC2")
                .dimensions(DimensionFilter.builder().name("InstanceId").value(detailed).build())).metrics();
        assertThat(listed).extracting(Metric::metricName).containsExactlyInAnyOrder("CPUUtilization", "NetworkIn",
                "NetworkOut", "NetworkPacketsIn", "NetworkPacketsOut", "DiskReadBytes", "DiskWriteBytes",
                "DiskReadOps", "DiskWriteOps", "StatusCheckFailed", "StatusCheckFailed_Instance",
                "StatusCheckFailed_System");

        List<Datapoint> cpu = await(() -> statistics(detailed, "CPUUtilization", Statistic.AVERAGE),
                points -> !points.isEmpty(), Duration.ofSeconds(90));
        assertThat(cpu).allSatisfy(point -> {
            assertThat(point.average()).isEqualTo(90.0);
            assertThat(point.unit()).isEqualTo(StandardUnit.PERCENT);
            assertThat(point.timestamp().getEpochSecond() % 60).isZero();
        });
        assertThat(statistics(detailed, "NetworkIn", Statistic.SUM)).isNotEmpty()
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo(StandardUnit.BYTES));
        // Basic monitoring: five-minute datapoints, except status checks, which come every minute.
        assertThat(statistics(basic, "CPUUtilization", Statistic.AVERAGE))
                .allSatisfy(point -> assertThat(point.timestamp().getEpochSecond() % 300).isZero());
        assertThat(statistics(basic, "StatusCheckFailed", Statistic.MAXIMUM)).isNotEmpty()
                .allSatisfy(point -> assertThat(point.maximum()).isZero());

        cloudWatch.putMetricAlarm(r -> r.alarmName("builtin-cpu-high").namespace("AWS/EC2")
                .metricName("CPUUtilization").dimensions(dimension(detailed)).statistic(Statistic.AVERAGE)
                .period(60).evaluationPeriods(1).threshold(80.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD));
        assertThat(await(() -> cloudWatch.describeAlarms(r -> r.alarmNames("builtin-cpu-high")).metricAlarms()
                .getFirst().stateValue(), StateValue.ALARM::equals, Duration.ofSeconds(30)))
                .isEqualTo(StateValue.ALARM);
    }

    private static List<Datapoint> statistics(String instanceId, String metric, Statistic statistic) {
        Instant now = Instant.now();
        return cloudWatch.getMetricStatistics(r -> r.namespace("AWS/EC2").metricName(metric)
                .dimensions(dimension(instanceId)).startTime(now.minus(Duration.ofMinutes(15)))
                .endTime(now.plus(Duration.ofMinutes(1))).period(60).statistics(statistic)).datapoints();
    }

    private static Dimension dimension(String instanceId) {
        return Dimension.builder().name("InstanceId").value(instanceId).build();
    }

    private static <T> T await(Supplier<T> read, Predicate<T> done, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            value = read.get();
        }
        return value;
    }
}
