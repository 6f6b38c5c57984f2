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
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.GetHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;

/**
 * Test-only services for the fuzz test. Besides the echoing probes of {@link ProbeServices} they offer inputs with
 * numbers, timestamps, booleans and nested lists (CloudWatch PutMetricData, Route 53 ChangeResourceRecordSets), so
 * that wrong-typed values reach every decoder. Echoing input into output also exercises the encoders with
 * whatever strings the mutations produce.
 */
final class FuzzServices {
    private FuzzServices() {
    }

    static List<AwsService> all() {
        return List.of(cloudWatch(), ProbeServices.ec2(), route53());
    }

    private static AwsService cloudWatch() {
        Operation<ListMetricsRequest, ListMetricsResponse> listMetrics = (request, context) -> ListMetricsResponse
                .builder()
                .metrics(Metric.builder().namespace(request.namespace()).metricName(request.metricName()).build())
                .nextToken(request.nextToken())
                .build();
        Operation<PutMetricDataRequest, PutMetricDataResponse> putMetricData = (request, context) ->
                PutMetricDataResponse.builder().build();
        return AwsService.of("monitoring", "2010-08-01", "http://monitoring.amazonaws.com/doc/2010-08-01/",
                "GraniteServiceVersion20100801", true, List.of("awsQuery", "awsJson1_0", "rpcv2Cbor"),
                List.of(BoundOperation.of(operation("ListMetrics", ListMetricsRequest::builder,
                                ListMetricsResponse::builder), listMetrics),
                        BoundOperation.of(operation("PutMetricData", PutMetricDataRequest::builder,
                                PutMetricDataResponse::builder), putMetricData)),
                AwsOperationNames.fromClient(CloudWatchClient.class), ServiceErrors.query());
    }

    private static AwsService route53() {
        Operation<GetHostedZoneRequest, GetHostedZoneResponse> getHostedZone = (request, context) ->
                GetHostedZoneResponse.builder()
                        .hostedZone(HostedZone.builder().id("/hostedzone/" + request.id()).name("example.com.")
                                .callerReference("probe").build())
                        .build();
        Operation<ChangeResourceRecordSetsRequest, ChangeResourceRecordSetsResponse> changeRecords =
                (request, context) -> ChangeResourceRecordSetsResponse.builder()
                        .changeInfo(ChangeInfo.builder().id("/change/" + request.hostedZoneId())
                                .status(ChangeStatus.PENDING).submittedAt(context.clock().instant())
                                .comment(request.changeBatch() == null ? null : request.changeBatch().comment())
                                .build())
                        .build();
        return AwsService.of("route53", "2013-04-01", "https://route53.amazonaws.com/doc/2013-04-01/", null, false,
                List.of("restXml"),
                List.of(BoundOperation.of(operation("GetHostedZone", GetHostedZoneRequest::builder,
                                GetHostedZoneResponse::builder,
                                new HttpBinding("GET", "/2013-04-01/hostedzone/{Id}", 200)), getHostedZone),
                        BoundOperation.of(operation("ChangeResourceRecordSets",
                                ChangeResourceRecordSetsRequest::builder, ChangeResourceRecordSetsResponse::builder,
                                new HttpBinding("POST", "/2013-04-01/hostedzone/{Id}/rrset/", 200)), changeRecords)),
                AwsOperationNames.fromClient(Route53Client.class), ServiceErrors.query());
    }
}
