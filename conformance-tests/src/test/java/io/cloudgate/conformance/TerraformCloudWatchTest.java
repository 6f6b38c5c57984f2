package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.Tag;

/**
 * Terraform with hashicorp/aws 5.100.0 on its default settings (awsQuery) applies a stack with a static alarm,
 * a metric-math alarm and a dashboard (resources/terraform/cloudwatch/main.tf), re-plans it with no changes (every
 * attribute the provider reads back round-trips) and destroys it.
 */
class TerraformCloudWatchTest {
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CHANGE_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningGateway gateway;
    private static Terraform terraform;
    private static CloudWatchClient cloudWatch;

    @BeforeAll
    static void prepare() throws Exception {
        gateway = RunningGateway.start();
        Credentials tenant = gateway.createAccount("terraform-cloudwatch");
        terraform = Terraform.forStack(gateway, tenant, "cloudwatch", Map.of());
        cloudWatch = CloudWatchClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        cloudWatch.close();
        gateway.close();
    }

    @Test
    void applyReplanAndDestroyAlarmsAndDashboard() throws Exception {
        terraform.run(INIT_TIMEOUT, "init", "-input=false").requireSuccess();
        terraform.run(CHANGE_TIMEOUT, "apply", "-auto-approve", "-input=false").requireSuccess();
        JsonNode outputs = JSON.readTree(terraform.run(INIT_TIMEOUT, "output", "-json").requireSuccess().stdout());

        assertStaticAlarm(output(outputs, "cpu_alarm_arn"));
        assertMetricMathAlarm();
        assertDashboard(output(outputs, "dashboard_body"));
        ExternalTool.Outcome plan = terraform.run(CHANGE_TIMEOUT, "plan", "-detailed-exitcode", "-input=false");
        assertThat(plan.exitCode()).as("plan must show no changes: %s", plan.describe()).isZero();
        assertEveryCloudWatchCallSucceeded();

        terraform.run(CHANGE_TIMEOUT, "destroy", "-auto-approve", "-input=false").requireSuccess();
        assertThat(cloudWatch.describeAlarms(r -> r.alarmNamePrefix("tf-")).metricAlarms()).isEmpty();
        assertThat(cloudWatch.listDashboards(r -> r.dashboardNamePrefix("tf-")).dashboardEntries()).isEmpty();
        assertThat(cloudWatch.listTagsForResource(r -> r.resourceARN(output(outputs, "cpu_alarm_arn"))).tags())
                .isEmpty();
    }

    private static void assertStaticAlarm(String arn) {
        MetricAlarm alarm = alarm("tf-cpu-high");
        assertThat(alarm.alarmArn()).isEqualTo(arn);
        assertThat(alarm.alarmDescription()).isEqualTo("Stops the worker when its CPU stays high");
        assertThat(alarm.namespace()).isEqualTo("AWS/EC2");
        assertThat(alarm.metricName()).isEqualTo("CPUUtilization");
        assertThat(alarm.dimensions()).containsExactly(
                Dimension.builder().name("InstanceId").value("i-0123456789abcdef0").build());
        assertThat(alarm.statistic()).isEqualTo(Statistic.AVERAGE);
        assertThat(alarm.unit()).isEqualTo(StandardUnit.PERCENT);
        assertThat(alarm.period()).isEqualTo(300);
        assertThat(alarm.evaluationPeriods()).isEqualTo(3);
        assertThat(alarm.datapointsToAlarm()).isEqualTo(2);
        assertThat(alarm.threshold()).isEqualTo(90.0);
        assertThat(alarm.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
        assertThat(alarm.treatMissingData()).isEqualTo("missing");
        assertThat(alarm.alarmActions()).containsExactly("arn:aws:automate:us-east-1:ec2:stop");
        assertThat(alarm.okActions()).isEmpty();
        assertThat(cloudWatch.listTagsForResource(r -> r.resourceARN(arn)).tags())
                .containsExactlyInAnyOrder(tag("Team", "platform"), tag("Stack", "cloudwatch"));
    }

    private static void assertMetricMathAlarm() {
        MetricAlarm alarm = alarm("tf-error-rate");
        assertThat(alarm.metricName()).isNull();
        assertThat(alarm.treatMissingData()).isEqualTo("notBreaching");
        assertThat(alarm.metrics()).extracting(MetricDataQuery::id).containsExactlyInAnyOrder("rate", "errors",
                "requests");
        MetricDataQuery rate = alarm.metrics().stream().filter(q -> q.id().equals("rate")).findFirst().orElseThrow();
        assertThat(rate.expression()).isEqualTo("100 * errors / requests");
        assertThat(rate.label()).isEqualTo("Error rate (%)");
        assertThat(rate.returnData()).isTrue();
        MetricDataQuery errors = alarm.metrics().stream().filter(q -> q.id().equals("errors")).findFirst()
                .orElseThrow();
        assertThat(errors.returnData()).isFalse();
        assertThat(errors.metricStat().metric().dimensions()).containsExactly(
                Dimension.builder().name("Service").value("checkout").build());
        assertThat(errors.metricStat().stat()).isEqualTo("Sum");
        assertThat(errors.metricStat().period()).isEqualTo(60);
        assertThat(errors.metricStat().unit()).isEqualTo(StandardUnit.COUNT);
    }

    private static void assertDashboard(String terraformBody) throws Exception {
        String stored = cloudWatch.getDashboard(r -> r.dashboardName("tf-overview")).dashboardBody();
        assertThat(JSON.readTree(stored)).isEqualTo(JSON.readTree(terraformBody));
        assertThat(JSON.readTree(stored).path("widgets").get(1).path("properties").path("alarms"))
                .extracting(JsonNode::asText)
                .containsExactly(alarm("tf-cpu-high").alarmArn(), alarm("tf-error-rate").alarmArn());
    }

    /** What the provider called during apply and plan, from the access log: all served, none refused. */
    private static void assertEveryCloudWatchCallSucceeded() throws Exception {
        List<String> calls = Files.readAllLines(gateway.directory().resolve("data/access.log")).stream()
                .filter(line -> line.contains(" service=monitoring ")).toList();
        assertThat(calls).extracting(line -> line.replaceAll(".* operation=(\\S+) .*", "$1")).contains(
                "PutMetricAlarm", "DescribeAlarms", "ListTagsForResource", "PutDashboard", "GetDashboard");
        assertThat(calls).allSatisfy(line -> assertThat(line).contains(" status=200 "));
    }

    private static MetricAlarm alarm(String name) {
        return cloudWatch.describeAlarms(r -> r.alarmNames(name)).metricAlarms().getFirst();
    }

    private static String output(JsonNode outputs, String name) {
        return outputs.path(name).path("value").asText();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
