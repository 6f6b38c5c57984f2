package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/**
 * CloudWatch is query-compatible: whichever of its three protocols a client speaks, it sees the awsQuery error
 * code. The SDK for Java (awsQuery) reads it from the XML body; the CLI (awsJson1_0) and boto3 forced to
 * rpcv2Cbor read it from the x-amzn-query-error header. Codes, statuses and wordings are those recorded from AWS
 * (test_set_alarm_invalid_input, test_invalid_dashboard_name).
 */
class CloudWatchQueryErrorsTest {
    private static final String BAD_NAME_MESSAGE = "The value for field DashboardName contains invalid characters. "
            + "It can only contain alphanumerics, dash (-) and underscore (_).\n";

    private static RunningGateway gateway;
    private static Credentials tenant;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("cw-query-errors");
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void sdkReadsTheCodesFromTheQueryBody() {
        try (CloudWatchClient cloudWatch = CloudWatchClient.builder().endpointOverride(gateway.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(tenant.provider())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            assertThatThrownBy(() -> cloudWatch.setAlarmState(r -> r.alarmName("no-such-alarm")
                    .stateValue(StateValue.OK).stateReason("x")))
                    .isInstanceOfSatisfying(CloudWatchException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFound");
                        assertThat(e.statusCode()).isEqualTo(404);
                    });
            assertThatThrownBy(() -> cloudWatch.putDashboard(r -> r.dashboardName("bad name!")
                    .dashboardBody("{\"widgets\":[]}")))
                    .isInstanceOfSatisfying(CloudWatchException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(BAD_NAME_MESSAGE);
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
        }
    }

    @Test
    void cliReadsTheCodesFromTheHeaderOfJsonResponses() throws Exception {
        AwsCli aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", tenant);

        ExternalTool.Outcome missing = aws.run("tenant", "cloudwatch", "set-alarm-state", "--alarm-name",
                "no-such-alarm", "--state-value", "OK", "--state-reason", "x", "--debug");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("application/x-amz-json-1.0")
                .contains("'x-amzn-query-error': 'ResourceNotFound;Sender'")
                .contains("An error occurred (ResourceNotFound) when calling the SetAlarmState operation");

        ExternalTool.Outcome badName = aws.run("tenant", "cloudwatch", "put-dashboard", "--dashboard-name",
                "bad name!", "--dashboard-body", "{\"widgets\":[]}", "--debug");
        assertThat(badName.exitCode()).isNotZero();
        assertThat(badName.stderr()).contains("'x-amzn-query-error': 'InvalidParameterValue;Sender'")
                .contains("An error occurred (InvalidParameterValue) when calling the PutDashboard operation: "
                        + BAD_NAME_MESSAGE);
    }

    @Test
    void boto3OverCborReadsTheCodesFromTheHeader() throws Exception {
        JsonNode errors = boto3("smithy-rpc-v2-cbor");
        JsonNode missing = errors.path("missing_alarm");
        assertThat(missing.path("content_type").asText()).isEqualTo("application/cbor");
        assertThat(missing.path("header").asText()).isEqualTo("ResourceNotFound;Sender");
        assertThat(missing.path("code").asText()).isEqualTo("ResourceNotFound");
        assertThat(missing.path("type").asText()).isEqualTo("Sender");
        assertThat(missing.path("status").asInt()).isEqualTo(404);

        JsonNode badName = errors.path("invalid_dashboard_name");
        assertThat(badName.path("header").asText()).isEqualTo("InvalidParameterValue;Sender");
        assertThat(badName.path("code").asText()).isEqualTo("InvalidParameterValue");
        assertThat(badName.path("message").asText()).isEqualTo(BAD_NAME_MESSAGE);
        assertThat(badName.path("type").asText()).isEqualTo("Sender");
        assertThat(badName.path("status").asInt()).isEqualTo(400);
    }

    private static JsonNode boto3(String protocol) throws Exception {
        Path directory = gateway.directory().resolve("boto3-errors");
        Path script = TestResources.copy("boto3/cloudwatch_query_errors.py",
                directory.resolve("cloudwatch_query_errors.py"));
        ExternalTool python = new ExternalTool(directory, Map.of(
                "CLOUDGATE_ENDPOINT", gateway.endpoint().toString(),
                "CLOUDGATE_ACCESS_KEY_ID", tenant.accessKeyId(),
                "CLOUDGATE_SECRET_ACCESS_KEY", tenant.secretAccessKey(),
                "AWS_CONFIG_FILE", directory.resolve("no-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", directory.resolve("no-credentials").toString(),
                "AWS_EC2_METADATA_DISABLED", "true"));
        ExternalTool.Outcome outcome = python.run(Duration.ofSeconds(60),
                List.of("python3", script.toString(), protocol)).requireSuccess();
        return new ObjectMapper().readTree(outcome.stdout());
    }
}
