package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CloudWatch metrics through boto3 forced to rpcv2Cbor (resources/boto3/cloudwatch_metrics_cbor.py), the
 * protocol newer SDKs send and no client here sends by default.
 */
class Boto3CloudWatchMetricsTest {
    private static RunningGateway gateway;
    private static JsonNode summary;

    @BeforeAll
    static void runScript() throws Exception {
        gateway = RunningGateway.start();
        Credentials tenant = gateway.createAccount("boto3-cw-tenant");
        summary = Boto3Script.run(gateway, tenant, "cloudwatch_metrics_cbor.py", Duration.ofSeconds(60), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void requestsWentOutAsRpcV2Cbor() {
        assertThat(summary.path("sent").path("protocol").asText()).isEqualTo("rpc-v2-cbor");
        assertThat(summary.path("sent").path("url").asText())
                .endsWith("/service/GraniteServiceVersion20100801/operation/PutMetricData");
    }

    @Test
    void valuesArraysAndHighResolutionDataAggregateIntoTheMinute() {
        JsonNode stats = summary.path("stats");
        assertThat(stats.path("Sum").asDouble()).isEqualTo(12.0);
        assertThat(stats.path("Maximum").asDouble()).isEqualTo(8.0);
        assertThat(stats.path("SampleCount").asDouble()).isEqualTo(3.0);
        assertThat(stats.path("Unit").asText()).isEqualTo("Percent");
        assertThat(summary.path("half").toString()).isEqualTo("[2.0]");
        assertThat(summary.path("listed").toString()).isEqualTo("[\"Load\"]");
    }

    @Test
    void errorsComeBackInTheCborEnvelope() {
        JsonNode error = summary.path("error");
        assertThat(error.path("code").asText()).isEqualTo("InvalidParameterValue");
        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("message").asText()).isEqualTo(
                "The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.");
    }
}
