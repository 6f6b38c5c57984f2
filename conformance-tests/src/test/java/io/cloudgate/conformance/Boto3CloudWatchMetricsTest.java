package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        Path directory = gateway.directory().resolve("boto3-cw");
        Path script = TestResources.copy("boto3/cloudwatch_metrics_cbor.py",
                directory.resolve("cloudwatch_metrics_cbor.py"));
        ExternalTool python = new ExternalTool(directory, Map.of(
                "CLOUDGATE_ENDPOINT", gateway.endpoint().toString(),
                "CLOUDGATE_ACCESS_KEY_ID", tenant.accessKeyId(),
                "CLOUDGATE_SECRET_ACCESS_KEY", tenant.secretAccessKey(),
                "AWS_CONFIG_FILE", directory.resolve("no-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", directory.resolve("no-credentials").toString(),
                "AWS_EC2_METADATA_DISABLED", "true"));
        ExternalTool.Outcome outcome = python.run(Duration.ofSeconds(60), List.of("python3", script.toString()))
                .requireSuccess();
        summary = new ObjectMapper().readTree(outcome.stdout());
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
