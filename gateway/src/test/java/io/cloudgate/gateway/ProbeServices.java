package io.cloudgate.gateway;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Operation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.protocol.schema.HttpBinding;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.GetHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;

/**
 * Test-only services that echo their input, one per protocol family, so gateway tests can prove that
 * a request in each protocol is routed, decoded, run and encoded. Not product operations.
 */
final class ProbeServices {
    private ProbeServices() {
    }

    static List<AwsService> all() {
        return List.of(cloudWatch(), ec2(), route53());
    }

    /** A namespace that makes the ListMetrics probe take {@link #SLOW_MILLIS}, to observe requests in flight. */
    static final String SLOW_NAMESPACE = "Probe/Slow";
    static final long SLOW_MILLIS = 1500;

    /** CloudWatch's ListMetrics, reached through awsQuery, awsJson1_0 and rpcv2Cbor: echoes Namespace and MetricName. */
    static AwsService cloudWatch() {
        Operation<ListMetricsRequest, ListMetricsResponse> echo = (request, context) -> {
            if (SLOW_NAMESPACE.equals(request.namespace())) {
                sleep();
            }
            return ListMetricsResponse.builder()
                    .metrics(Metric.builder().namespace(request.namespace()).metricName(request.metricName()).build())
                    .build();
        };
        return AwsService.of("monitoring", "2010-08-01", "http://monitoring.amazonaws.com/doc/2010-08-01/",
                "GraniteServiceVersion20100801", true, List.of("awsQuery", "awsJson1_0", "rpcv2Cbor"),
                List.of(BoundOperation.of(operation("ListMetrics", ListMetricsRequest::builder,
                        ListMetricsResponse::builder), echo)),
                AwsOperationNames.fromClient(CloudWatchClient.class), ServiceErrors.query());
    }

    /** EC2's DescribeRegions over ec2Query: one region per requested name. */
    static AwsService ec2() {
        Operation<DescribeRegionsRequest, DescribeRegionsResponse> echo = (request, context) ->
                DescribeRegionsResponse.builder()
                        .regions(request.regionNames().stream()
                                .map(name -> Region.builder().regionName(name).endpoint("ec2." + name).build())
                                .toList())
                        .build();
        return AwsService.of("ec2", "2016-11-15", "http://ec2.amazonaws.com/doc/2016-11-15/", null, false,
                List.of("ec2Query"),
                List.of(BoundOperation.of(operation("DescribeRegions", DescribeRegionsRequest::builder,
                        DescribeRegionsResponse::builder), echo)),
                AwsOperationNames.fromClient(Ec2Client.class), ServiceErrors.ec2());
    }

    /** Route 53's GetHostedZone over restXml: echoes the zone id from the URI. */
    static AwsService route53() {
        Operation<GetHostedZoneRequest, GetHostedZoneResponse> echo = (request, context) -> GetHostedZoneResponse
                .builder()
                .hostedZone(HostedZone.builder().id("/hostedzone/" + request.id()).name("example.com.")
                        .callerReference("probe").build())
                .build();
        return AwsService.of("route53", "2013-04-01", "https://route53.amazonaws.com/doc/2013-04-01/", null, false,
                List.of("restXml"),
                List.of(BoundOperation.of(operation("GetHostedZone", GetHostedZoneRequest::builder,
                        GetHostedZoneResponse::builder, new HttpBinding("GET", "/2013-04-01/hostedzone/{Id}", 200)),
                        echo)),
                AwsOperationNames.fromClient(Route53Client.class), ServiceErrors.query());
    }

    private static void sleep() {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
