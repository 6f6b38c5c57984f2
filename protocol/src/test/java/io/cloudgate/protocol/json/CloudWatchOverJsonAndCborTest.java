package io.cloudgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.cbor.RpcV2CborProtocol;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.sdk.SdkSchemas;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/** CloudWatch reached the way the AWS CLI (awsJson1_0) and newer Go SDKs (rpcv2Cbor) reach it, with SDK model schemas. */
class CloudWatchOverJsonAndCborTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
    private static final OperationSchema PUT_METRIC_DATA =
            SdkSchemas.operation("PutMetricData", PutMetricDataRequest::builder, PutMetricDataResponse::builder);
    private static final OperationSchema GET_METRIC_STATISTICS = SdkSchemas.operation("GetMetricStatistics",
            GetMetricStatisticsRequest::builder, GetMetricStatisticsResponse::builder);
    private static final ServiceSchema CLOUDWATCH = new ServiceSchema("monitoring", "2010-08-01",
            "http://monitoring.amazonaws.com/doc/2010-08-01/", "GraniteServiceVersion20100801", true,
            Map.of(PUT_METRIC_DATA.name(), PUT_METRIC_DATA, GET_METRIC_STATISTICS.name(), GET_METRIC_STATISTICS));
    private static final String PUT_METRIC_DATA_BODY = """
            {"Namespace":"App","MetricData":[{"MetricName":"Latency","Dimensions":[{"Name":"Host","Value":"a"}],
             "Timestamp":1700000000,"Value":12.5,"Unit":"Milliseconds"}]}""";
    private static final PutMetricDataRequest EXPECTED = PutMetricDataRequest.builder()
            .namespace("App")
            .metricData(MetricDatum.builder()
                    .metricName("Latency")
                    .dimensions(Dimension.builder().name("Host").value("a").build())
                    .timestamp(Instant.ofEpochSecond(1700000000L))
                    .value(12.5)
                    .unit(StandardUnit.MILLISECONDS)
                    .build())
            .build();

    @Test
    void awsCliPutMetricDataDecodes() {
        Headers headers = new Headers()
                .add("Content-Type", "application/x-amz-json-1.0")
                .add("X-Amz-Target", "GraniteServiceVersion20100801.PutMetricData")
                .add("x-amzn-query-mode", "true");
        WireRequest request = new WireRequest("POST", "/", "", headers, PUT_METRIC_DATA_BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(decode(new AwsJsonProtocol("1.0"), request)).isEqualTo(EXPECTED);
    }

    @Test
    void rpcV2CborPutMetricDataDecodes() throws IOException {
        byte[] body = CBOR.writeValueAsBytes(JSON.readTree(PUT_METRIC_DATA_BODY));
        Headers headers = new Headers().add("smithy-protocol", "rpc-v2-cbor").add("Content-Type", "application/cbor");
        WireRequest request = new WireRequest("POST", "/service/GraniteServiceVersion20100801/operation/PutMetricData",
                "", headers, body);

        assertThat(decode(new RpcV2CborProtocol(), request)).isEqualTo(EXPECTED);
    }

    @Test
    void getMetricStatisticsResponseEncodesAsJson() throws IOException {
        GetMetricStatisticsResponse output = GetMetricStatisticsResponse.builder()
                .label("Latency")
                .datapoints(Datapoint.builder().timestamp(Instant.ofEpochSecond(1700000060L)).average(3.5)
                        .unit(StandardUnit.MILLISECONDS).build())
                .build();

        WireResponse response = new AwsJsonProtocol("1.0").encodeOutput(CLOUDWATCH, GET_METRIC_STATISTICS, output, "rid");

        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                {"Label":"Latency","Datapoints":[{"Timestamp":1700000060,"Average":3.5,"Unit":"Milliseconds"}]}"""));
    }

    private static Object decode(Protocol protocol, WireRequest request) {
        OperationSchema operation = protocol.address(request, CLOUDWATCH).orElseThrow().operation();
        return protocol.decodeInput(request, CLOUDWATCH, operation);
    }
}
