package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CloudWatch alarms through the AWS CLI, which sends awsJson1_0 with x-amzn-query-mode. */
class CliCloudWatchAlarmsTest {
    private static RunningGateway gateway;
    private static AwsCli aws;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", gateway.createAccount("cli-cw-alarms"));
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void putDescribeSetStateAndHistory() {
        aws.run("tenant", "cloudwatch", "put-metric-alarm", "--alarm-name", "cli-queue", "--namespace", "Cli/App",
                "--metric-name", "Queue", "--statistic", "Maximum", "--period", "60", "--evaluation-periods", "2",
                "--datapoints-to-alarm", "1", "--threshold", "10", "--comparison-operator",
                "GreaterThanOrEqualToThreshold", "--treat-missing-data", "notBreaching", "--dimensions",
                "Name=Name,Value=jobs").requireSuccess();
        JsonNode alarm = aws.json("tenant", "cloudwatch", "describe-alarms", "--alarm-names", "cli-queue")
                .path("MetricAlarms").get(0);
        assertThat(alarm.path("StateValue").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(alarm.path("StateReason").asText()).isEqualTo("Unchecked: Initial alarm creation");
        assertThat(alarm.path("DatapointsToAlarm").asInt()).isEqualTo(1);
        assertThat(alarm.path("TreatMissingData").asText()).isEqualTo("notBreaching");
        assertThat(alarm.path("Dimensions").get(0).path("Value").asText()).isEqualTo("jobs");

        aws.run("tenant", "cloudwatch", "set-alarm-state", "--alarm-name", "cli-queue", "--state-value", "ALARM",
                "--state-reason", "testing alarm", "--state-reason-data", "{\"source\":\"cli\"}").requireSuccess();
        JsonNode inAlarm = aws.json("tenant", "cloudwatch", "describe-alarms", "--state-value", "ALARM")
                .path("MetricAlarms");
        assertThat(inAlarm).hasSize(1);
        assertThat(inAlarm.get(0).path("StateReasonData").asText()).isEqualTo("{\"source\":\"cli\"}");

        JsonNode history = aws.json("tenant", "cloudwatch", "describe-alarm-history", "--alarm-name", "cli-queue",
                "--history-item-type", "StateUpdate").path("AlarmHistoryItems");
        assertThat(history.get(0).path("HistorySummary").asText())
                .isEqualTo("Alarm updated from INSUFFICIENT_DATA to ALARM");
        assertThat(history.get(0).path("HistoryData").asText()).contains("\"newState\":{\"stateValue\":\"ALARM\"");

        ExternalTool.Outcome invalid = aws.run("tenant", "cloudwatch", "set-alarm-state", "--alarm-name",
                "cli-queue", "--state-value", "INVALID", "--state-reason", "x");
        assertThat(invalid.exitCode()).isNotZero();
        assertThat(invalid.stderr()).contains("ValidationError")
                .contains("Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]");
        ExternalTool.Outcome missing = aws.run("tenant", "cloudwatch", "set-alarm-state", "--alarm-name", "nope",
                "--state-value", "OK", "--state-reason", "x");
        assertThat(missing.stderr()).contains("ResourceNotFound");
    }
}
