package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmHistoryItem;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.Tag;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;

/**
 * CloudWatch alarms, dashboards and tags through the AWS SDK for Java v2 (awsQuery), and the end-to-end path:
 * an alarm on an instance's CPU goes to ALARM and its EC2 stop action stops the instance. The gateway
 * evaluates alarms every second so the test needs no hook.
 */
class CloudWatchAlarmsSdkTest {
    private static RunningGateway gateway;
    private static Credentials tenant;
    private static CloudWatchClient cloudWatch;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start("--alarm-evaluation-seconds", "1");
        tenant = gateway.createAccount("cw-alarms-sdk");
        cloudWatch = CloudWatchClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        cloudWatch.close();
        gateway.close();
    }

    private static MetricAlarm describe(String name) {
        return cloudWatch.describeAlarms(r -> r.alarmNames(name)).metricAlarms().getFirst();
    }

    @Test
    void alarmLifecycleWithTagsAndHistory() {
        cloudWatch.putMetricAlarm(r -> r.alarmName("sdk-hits").namespace("Shop/Web").metricName("Hits")
                .statistic(Statistic.SUM).period(60).evaluationPeriods(1).threshold(30.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).tags(tag("team", "web")));

        MetricAlarm created = describe("sdk-hits");
        assertThat(created.stateValue()).isEqualTo(StateValue.INSUFFICIENT_DATA);
        assertThat(created.stateReason()).isEqualTo("Unchecked: Initial alarm creation");
        assertThat(created.alarmArn()).isEqualTo("arn:aws:cloudwatch:us-east-1:" + tenant.accountId()
                + ":alarm:sdk-hits");

        cloudWatch.setAlarmState(r -> r.alarmName("sdk-hits").stateValue(StateValue.ALARM)
                .stateReason("testing alarm"));
        assertThat(describe("sdk-hits").stateReason()).isEqualTo("testing alarm");
        List<AlarmHistoryItem> history = cloudWatch.describeAlarmHistory(r -> r.alarmName("sdk-hits")
                .historyItemType(HistoryItemType.STATE_UPDATE)).alarmHistoryItems();
        assertThat(history).extracting(AlarmHistoryItem::historySummary)
                .contains("Alarm updated from INSUFFICIENT_DATA to ALARM");

        String arn = created.alarmArn();
        cloudWatch.tagResource(r -> r.resourceARN(arn).tags(tag("env", "prod")));
        cloudWatch.untagResource(r -> r.resourceARN(arn).tagKeys("team"));
        assertThat(cloudWatch.listTagsForResource(r -> r.resourceARN(arn)).tags()).containsExactly(tag("env", "prod"));

        cloudWatch.deleteAlarms(r -> r.alarmNames("sdk-hits"));
        assertThat(cloudWatch.describeAlarms(r -> r.alarmNames("sdk-hits")).metricAlarms()).isEmpty();
    }

    @Test
    void errorsCarryAwsCodes() {
        assertThatThrownBy(() -> cloudWatch.setAlarmState(r -> r.alarmName("nope").stateValue("INVALID")
                .stateReason("x")))
                .isInstanceOfSatisfying(CloudWatchException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(e.awsErrorDetails().errorMessage()).endsWith(
                            "Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]");
                });
        assertThatThrownBy(() -> cloudWatch.setAlarmState(r -> r.alarmName("nope").stateValue(StateValue.OK)
                .stateReason("x")))
                .isInstanceOfSatisfying(CloudWatchException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFound");
                });
        assertThatThrownBy(() -> cloudWatch.putMetricAlarm(r -> r.alarmName("bad").namespace("N").metricName("M")
                .statistic(Statistic.SUM).period(45).evaluationPeriods(1).threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)))
                .isInstanceOfSatisfying(CloudWatchException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
        assertThatThrownBy(() -> cloudWatch.getDashboard(r -> r.dashboardName("missing")))
                .isInstanceOfSatisfying(CloudWatchException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFound"));
    }

    @Test
    void dashboardsRoundTrip() {
        String body = "{\"widgets\":[{\"type\":\"text\",\"width\":6,\"height\":3,\"properties\":{\"markdown\":\"hi\"}}]}";
        cloudWatch.putDashboard(r -> r.dashboardName("sdk-board").dashboardBody(body));
        assertThat(cloudWatch.getDashboard(r -> r.dashboardName("sdk-board")).dashboardBody()).isEqualTo(body);
        assertThat(cloudWatch.listDashboards(r -> r.dashboardNamePrefix("sdk-")).dashboardEntries())
                .extracting(e -> e.dashboardName()).containsExactly("sdk-board");
        cloudWatch.deleteDashboards(r -> r.dashboardNames("sdk-board"));
        assertThat(cloudWatch.listDashboards(r -> r.dashboardNamePrefix("sdk-")).dashboardEntries()).isEmpty();
    }

    @Test
    void cpuAlarmStopsTheInstance() throws Exception {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            String image = ec2.describeImages(r -> r.owners("amazon").filters(
                    Filter.builder().name("name").values("al2023-ami-*").build(),
                    Filter.builder().name("architecture").values("x86_64").build())).images().getFirst().imageId();
            String instance = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO)
                    .minCount(1).maxCount(1)).instances().getFirst().instanceId();
            ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instance), TwoTenants.QUICK);
            Dimension dimension = Dimension.builder().name("InstanceId").value(instance).build();

            cloudWatch.putMetricData(r -> r.namespace("Custom/EC2").metricData(d -> d.metricName("CPUUtilization")
                    .dimensions(dimension).timestamp(Instant.now()).value(95.0)));
            cloudWatch.putMetricAlarm(r -> r.alarmName("cpu-high").namespace("Custom/EC2")
                    .metricName("CPUUtilization").dimensions(dimension).statistic(Statistic.MAXIMUM).period(60)
                    .evaluationPeriods(1).threshold(80.0)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                    .alarmActions("arn:aws:automate:us-east-1:ec2:stop"));

            ec2.waiter().waitUntilInstanceStopped(r -> r.instanceIds(instance), TwoTenants.QUICK);
            MetricAlarm alarm = describe("cpu-high");
            assertThat(alarm.stateValue()).isEqualTo(StateValue.ALARM);
            assertThat(alarm.stateReason()).startsWith("Threshold Crossed: 1 datapoint [95.0 (")
                    .endsWith(")] was greater than the threshold (80.0).");
            assertThat(ec2.describeInstances(r -> r.instanceIds(instance)).reservations().getFirst().instances()
                    .getFirst().state().name()).isEqualTo(InstanceStateName.STOPPED);
            assertThat(cloudWatch.describeAlarmHistory(r -> r.alarmName("cpu-high")
                    .historyItemType(HistoryItemType.ACTION)).alarmHistoryItems())
                    .extracting(AlarmHistoryItem::historySummary)
                    .containsExactly("Successfully executed action arn:aws:automate:us-east-1:ec2:stop");
        }
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
