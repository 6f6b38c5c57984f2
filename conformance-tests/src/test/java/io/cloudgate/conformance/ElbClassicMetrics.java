package io.cloudgate.conformance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * A classic balancer's AWS/ELB metrics over the last hour, read with GetMetricStatistics. The gateway samples the
 * data plane every 10 seconds, so reads wait (up to 30 seconds) for the value a test expects.
 */
final class ElbClassicMetrics implements AutoCloseable {
    private final CloudWatchClient cloudWatch;

    ElbClassicMetrics(RunningGateway gateway, RunningGateway.Credentials tenant) {
        this.cloudWatch = CloudWatchClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** The Sum once it equals the expected one, else the last Sum read. */
    double awaitSum(String metric, String balancer, double expected) throws InterruptedException {
        return await(() -> read(metric, balancer, null, Statistic.SUM).stream().mapToDouble(Datapoint::sum).sum(),
                sum -> sum == expected);
    }

    /** The Maximum (per balancer, or in one zone when given) once it equals the expected one, else the last read. */
    double awaitMaximum(String metric, String balancer, String zone, double expected) throws InterruptedException {
        return await(() -> read(metric, balancer, zone, Statistic.MAXIMUM).stream().mapToDouble(Datapoint::maximum)
                .max().orElse(Double.NaN), maximum -> maximum == expected);
    }

    /** The Average over the hour (NaN without data). */
    double average(String metric, String balancer) {
        List<Datapoint> points = read(metric, balancer, null, Statistic.AVERAGE);
        return points.stream().mapToDouble(point -> point.average() * point.sampleCount()).sum()
                / points.stream().mapToDouble(Datapoint::sampleCount).sum();
    }

    private List<Datapoint> read(String metric, String balancer, String zone, Statistic statistic) {
        List<Dimension> dimensions = new ArrayList<>(List.of(Dimension.builder().name("LoadBalancerName")
                .value(balancer).build()));
        if (zone != null) {
            dimensions.add(Dimension.builder().name("AvailabilityZone").value(zone).build());
        }
        Instant now = Instant.now();
        return cloudWatch.getMetricStatistics(r -> r.namespace("AWS/ELB").metricName(metric).dimensions(dimensions)
                .startTime(now.minusSeconds(3600)).endTime(now.plusSeconds(60)).period(3600)
                .statistics(statistic, Statistic.SAMPLE_COUNT)).datapoints();
    }

    private static double await(DoubleSupplier read, DoublePredicate expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            double value = read.getAsDouble();
            if (expected.test(value) || Instant.now().isAfter(deadline)) {
                return value;
            }
            Thread.sleep(1000);
        }
    }

    @Override
    public void close() {
        cloudWatch.close();
    }
}
