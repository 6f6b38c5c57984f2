package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CloudWatch alarms through boto3 forced to rpcv2Cbor (resources/boto3/cloudwatch_alarms_cbor.py): a static and
 * a metric-math alarm, filtered listings, a forced state change, history, tags, errors and deletion.
 */
class Boto3CloudWatchAlarmsTest {
    private static RunningGateway gateway;
    private static JsonNode summary;

    @BeforeAll
    static void runScript() throws Exception {
        gateway = RunningGateway.start();
        Credentials tenant = gateway.createAccount("boto3-cw-alarms");
        summary = Boto3Script.run(gateway, tenant, "cloudwatch_alarms_cbor.py", Duration.ofSeconds(60), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void requestsWentOutAsRpcV2Cbor() {
        assertThat(summary.path("sent").path("protocol").asText()).isEqualTo("rpc-v2-cbor");
        assertThat(summary.path("sent").path("url").asText())
                .endsWith("/service/GraniteServiceVersion20100801/operation/PutMetricAlarm");
    }

    @Test
    void staticAlarmComesBackAsPut() throws Exception {
        JsonNode alarms = summary.path("by_prefix");
        assertThat(alarms.findValuesAsText("AlarmName")).containsExactly("cbor-math", "cbor-static");
        assertThat(alarms.get(1)).isEqualTo(new ObjectMapper().readTree("""
                {"AlarmName": "cbor-static", "Namespace": "Cbor/Queue", "MetricName": "Depth",
                 "Dimensions": [{"Name": "Queue", "Value": "jobs"}], "Statistic": "Average", "Period": 60,
                 "Unit": "Count", "EvaluationPeriods": 3, "DatapointsToAlarm": 2, "Threshold": 12.5,
                 "ComparisonOperator": "GreaterThanOrEqualToThreshold", "TreatMissingData": "breaching",
                 "AlarmActions": [], "OKActions": ["https://example.invalid/ok"], "InsufficientDataActions": [],
                 "ActionsEnabled": true, "StateValue": "INSUFFICIENT_DATA",
                 "StateReason": "Unchecked: Initial alarm creation"}"""));
        assertThat(summary.path("tags").toString()).isEqualTo("[{\"Key\":\"team\",\"Value\":\"queue\"}]");
    }

    @Test
    void metricMathAlarmKeepsItsQueries() {
        JsonNode math = summary.path("by_prefix").get(0);
        assertThat(math.has("MetricName")).isFalse();
        JsonNode metrics = math.path("Metrics");
        assertThat(metrics.findValuesAsText("Id")).containsExactly("errors", "requests", "rate");
        assertThat(metrics.get(0).path("MetricStat").path("Metric").path("MetricName").asText()).isEqualTo("Errors");
        assertThat(metrics.get(0).path("MetricStat").path("Period").asInt()).isEqualTo(300);
        assertThat(metrics.get(0).path("ReturnData").asBoolean()).isFalse();
        assertThat(metrics.get(2).path("Expression").asText()).isEqualTo("errors / requests");
        assertThat(metrics.get(2).path("Label").asText()).isEqualTo("Error rate");
        assertThat(metrics.get(2).path("ReturnData").asBoolean()).isTrue();
    }

    @Test
    void filtersSelectByStateAndActionPrefix() {
        assertThat(summary.path("in_alarm").findValuesAsText("AlarmName")).containsExactly("cbor-math");
        assertThat(summary.path("in_alarm").get(0).path("StateReason").asText()).isEqualTo("testing alarm");
        assertThat(summary.path("by_action").toString()).isEqualTo("[\"cbor-static\"]");
    }

    @Test
    void historyRecordsCreationAndTheStateChange() {
        JsonNode history = summary.path("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("summary").asText()).isEqualTo("Alarm updated from INSUFFICIENT_DATA to ALARM");
        assertThat(history.get(0).path("type").asText()).isEqualTo("StateUpdate");
        assertThat(history.get(0).path("data").path("newState").path("stateValue").asText()).isEqualTo("ALARM");
        assertThat(history.get(0).path("data").path("oldState").path("stateValue").asText())
                .isEqualTo("INSUFFICIENT_DATA");
        assertThat(summary.path("all_history_types").toString())
                .isEqualTo("[\"ConfigurationUpdate\",\"StateUpdate\"]");
    }

    @Test
    void errorsCarryQueryCompatibleCodes() {
        JsonNode missing = summary.path("missing_state");
        assertThat(missing.path("code").asText()).isEqualTo("ResourceNotFound");
        assertThat(missing.path("status").asInt()).isEqualTo(404);
        assertThat(missing.path("header").asText()).isEqualTo("ResourceNotFound;Sender");
        JsonNode badPeriod = summary.path("bad_period");
        assertThat(badPeriod.path("code").asText()).isEqualTo("ValidationError");
        assertThat(badPeriod.path("status").asInt()).isEqualTo(400);
        assertThat(badPeriod.path("header").asText()).isEqualTo("ValidationError;Sender");
    }

    @Test
    void deletedAlarmsAreGone() {
        assertThat(summary.path("left")).isEmpty();
    }
}
