package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CloudWatch metrics through the AWS CLI, which sends awsJson1_0 with x-amzn-query-mode. */
class CliCloudWatchMetricsTest {
    private static RunningGateway gateway;
    private static AwsCli aws;
    private static final Instant MINUTE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(5, ChronoUnit.MINUTES);

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", gateway.createAccount("cli-cw-tenant"));
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void putGetListAndMath() {
        for (int i = 0; i < 2; i++) {
            aws.json("tenant", "cloudwatch", "put-metric-data", "--namespace", "Cli/App", "--metric-data",
                    "[{\"MetricName\":\"Queue\",\"Dimensions\":[{\"Name\":\"Name\",\"Value\":\"jobs\"}],"
                            + "\"Timestamp\":\"" + MINUTE.plusSeconds(60L * i) + "\",\"Value\":" + (5 + i)
                            + ",\"Unit\":\"Count\"}]");
        }
        JsonNode statistics = aws.json("tenant", "cloudwatch", "get-metric-statistics", "--namespace", "Cli/App",
                "--metric-name", "Queue", "--dimensions", "Name=Name,Value=jobs", "--start-time", MINUTE.toString(),
                "--end-time", MINUTE.plusSeconds(120).toString(), "--period", "120", "--statistics", "Sum", "Maximum");
        assertThat(statistics.path("Label").asText()).isEqualTo("Queue");
        JsonNode point = statistics.path("Datapoints").get(0);
        assertThat(point.path("Sum").asDouble()).isEqualTo(11.0);
        assertThat(point.path("Maximum").asDouble()).isEqualTo(6.0);
        assertThat(point.path("Unit").asText()).isEqualTo("Count");

        JsonNode metrics = aws.json("tenant", "cloudwatch", "list-metrics", "--namespace", "Cli/App");
        assertThat(metrics.path("Metrics").get(0).path("Dimensions").get(0).path("Value").asText()).isEqualTo("jobs");

        JsonNode data = aws.json("tenant", "cloudwatch", "get-metric-data", "--start-time", MINUTE.toString(),
                "--end-time", MINUTE.plusSeconds(120).toString(), "--metric-data-queries",
                "[{\"Id\":\"q\",\"ReturnData\":false,\"MetricStat\":{\"Metric\":{\"Namespace\":\"Cli/App\","
                        + "\"MetricName\":\"Queue\",\"Dimensions\":[{\"Name\":\"Name\",\"Value\":\"jobs\"}]},"
                        + "\"Period\":60,\"Stat\":\"Maximum\"}},{\"Id\":\"doubled\",\"Expression\":\"IF(q > 5, q * 2, 0)\"}]");
        JsonNode result = data.path("MetricDataResults").get(0);
        assertThat(result.path("Id").asText()).isEqualTo("doubled");
        assertThat(result.path("Values").toString()).isEqualTo("[12.0,0.0]");

        ExternalTool.Outcome rejected = aws.run("tenant", "cloudwatch", "put-metric-data", "--namespace", "Cli/App",
                "--metric-name", "Old", "--value", "1", "--timestamp", MINUTE.minus(20, ChronoUnit.DAYS).toString());
        assertThat(rejected.exitCode()).isNotZero();
        assertThat(rejected.stderr()).contains("InvalidParameterValue")
                .contains("MetricData.member.1.Timestamp must specify a time within the past two weeks");
    }
}
