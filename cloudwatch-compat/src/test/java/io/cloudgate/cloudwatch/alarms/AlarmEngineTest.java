package io.cloudgate.cloudwatch.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudwatch.alarms.actions.ActionTargets;
import io.cloudgate.cloudwatch.alarms.model.HistoryRecord;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import io.cloudgate.cloudwatch.tags.ResourceTags;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryResponse;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;

class AlarmEngineTest {
    private static final String INSTANCE = "i-0123456789abcdef0";
    private static final String STOP = "arn:aws:automate:us-east-1:ec2:stop";
    private final AlarmFixture fixture = new AlarmFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private PutMetricAlarmRequest.Builder cpuAlarm(String name) {
        return PutMetricAlarmRequest.builder().alarmName(name).namespace("AWS/EC2").metricName("CPUUtilization")
                .dimensions(Dimension.builder().name("InstanceId").value(INSTANCE).build())
                .statistic("Average").period(60).evaluationPeriods(1).threshold(80.0)
                .comparisonOperator("GreaterThanThreshold").alarmActions(STOP);
    }

    private StoredAlarm alarm(String name) {
        return fixture.context.alarms().find(AlarmFixture.ACCOUNT, name).orElseThrow().alarm();
    }

    private Instant at(String time) {
        return Instant.parse("2026-01-10T" + time + "Z");
    }

    @Test
    void breachingDatapointRaisesTheAlarmAndStopsTheInstance() {
        fixture.call("PutMetricAlarm", cpuAlarm("cpu").build());
        fixture.series.put("alarm_value", at("10:00:00"), 95.0);
        fixture.series.put("alarm_samples", at("10:00:00"), 2.0);

        assertThat(fixture.context.engine().evaluateDue(fixture.clock.instant())).isEqualTo(1);

        StoredAlarm alarm = alarm("cpu");
        assertThat(alarm.state().value()).isEqualTo("ALARM");
        assertThat(alarm.state().reason()).isEqualTo(
                "Threshold Crossed: 1 datapoint [95.0 (10/01/26 10:00:00)] was greater than the threshold (80.0).");
        assertThat(alarm.state().reasonData()).startsWith("{\"version\":\"1.0\",\"queryDate\":\"2026-01-10T10:00:30.000+0000\"")
                .contains("\"statistic\":\"Average\",\"period\":60,\"recentDatapoints\":[95.0],\"threshold\":80.0")
                .contains("\"evaluatedDatapoints\":[{\"timestamp\":\"2026-01-10T10:00:00.000+0000\",\"sampleCount\":2.0,\"value\":95.0}]");
        assertThat(fixture.instanceActions).containsExactly(AlarmFixture.ACCOUNT + " " + INSTANCE + " STOP");
        List<HistoryRecord> history = fixture.context.history().query(AlarmFixture.ACCOUNT, null, null, item -> true);
        assertThat(history).extracting(HistoryRecord::itemType)
                .containsExactly("ConfigurationUpdate", "StateUpdate", "Action");
        assertThat(history.get(1).summary()).isEqualTo("Alarm updated from INSUFFICIENT_DATA to ALARM");
        assertThat(history.get(1).data()).contains("\"oldState\":{\"stateValue\":\"INSUFFICIENT_DATA\","
                + "\"stateReason\":\"Unchecked: Initial alarm creation\"}");
        assertThat(history.get(2).summary()).isEqualTo("Successfully executed action " + STOP);
    }

    @Test
    void alarmsAreEvaluatedOncePerPeriodAndReturnToOk() {
        fixture.call("PutMetricAlarm", cpuAlarm("cpu").build());
        fixture.series.put("alarm_value", at("10:00:00"), 95.0);
        fixture.context.engine().evaluateDue(fixture.clock.instant());

        fixture.clock.advance(Duration.ofSeconds(30));
        assertThat(fixture.context.engine().evaluateDue(fixture.clock.instant())).isZero();

        fixture.clock.advance(Duration.ofSeconds(30));
        fixture.series.put("alarm_value", at("10:01:00"), 10.0);
        assertThat(fixture.context.engine().evaluateDue(fixture.clock.instant())).isEqualTo(1);
        assertThat(alarm("cpu").state().value()).isEqualTo("OK");
        assertThat(alarm("cpu").state().reason()).isEqualTo(
                "Threshold Crossed: 1 datapoint [10.0 (10/01/26 10:01:00)] was not greater than the threshold (80.0).");
        assertThat(fixture.instanceActions).hasSize(1);
    }

    @Test
    void datapointsToAlarmCountsBreachesAmongTheLastPeriods() {
        fixture.call("PutMetricAlarm", cpuAlarm("cpu").evaluationPeriods(3).datapointsToAlarm(2).build());
        fixture.series.put("alarm_value", at("09:58:00"), 90.0);
        fixture.series.put("alarm_value", at("09:59:00"), 10.0);
        fixture.series.put("alarm_value", at("10:00:00"), 85.0);

        fixture.context.engine().evaluateDue(fixture.clock.instant());

        assertThat(alarm("cpu").state().reason()).isEqualTo("Threshold Crossed: 2 out of the last 3 datapoints "
                + "[85.0 (10/01/26 10:00:00), 90.0 (10/01/26 09:58:00)] were greater than the threshold (80.0) "
                + "(minimum 2 datapoints for OK -> ALARM transition).");
    }

    @Test
    void missingDataIsTreatedAsConfigured() {
        fixture.call("PutMetricAlarm", cpuAlarm("missing").alarmActions(List.of()).evaluationPeriods(2).build());
        fixture.call("PutMetricAlarm", cpuAlarm("ignore").alarmActions(List.of()).treatMissingData("ignore").build());
        fixture.call("PutMetricAlarm", cpuAlarm("breaching").alarmActions(List.of()).evaluationPeriods(2)
                .treatMissingData("breaching").build());
        fixture.call("PutMetricAlarm", cpuAlarm("notBreaching").alarmActions(List.of())
                .treatMissingData("notBreaching").build());

        fixture.context.engine().evaluateDue(fixture.clock.instant());

        assertThat(alarm("missing").state().value()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(alarm("ignore").state().reason()).isEqualTo("Unchecked: Initial alarm creation");
        assertThat(alarm("breaching").state().value()).isEqualTo("ALARM");
        assertThat(alarm("breaching").state().reason()).isEqualTo("Threshold Crossed: no datapoints were received "
                + "for 2 periods and 2 missing datapoints were treated as [Breaching].");
        assertThat(alarm("notBreaching").state().value()).isEqualTo("OK");

        fixture.call("SetAlarmState", software.amazon.awssdk.services.cloudwatch.model.SetAlarmStateRequest.builder()
                .alarmName("missing").stateValue("OK").stateReason("manual").build());
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.context.engine().evaluateDue(fixture.clock.instant());
        assertThat(alarm("missing").state().reason()).isEqualTo("Insufficient Data: 2 datapoints were unknown.");
    }

    @Test
    void disabledActionsDoNotRunAndFailedActionsAreRecorded() {
        fixture.call("PutMetricAlarm", cpuAlarm("quiet").actionsEnabled(false).build());
        fixture.call("PutMetricAlarm", cpuAlarm("bad").dimensions(Dimension.builder().name("InstanceId")
                .value("i-00000000000000bad").build()).build());
        fixture.series.put("alarm_value", at("10:00:00"), 95.0);

        fixture.context.engine().evaluateDue(fixture.clock.instant());

        assertThat(alarm("quiet").state().value()).isEqualTo("ALARM");
        assertThat(fixture.instanceActions).isEmpty();
        DescribeAlarmHistoryResponse actions = fixture.call("DescribeAlarmHistory", DescribeAlarmHistoryRequest
                .builder().historyItemType("Action").build());
        assertThat(actions.alarmHistoryItems()).singleElement().satisfies(item -> {
            assertThat(item.alarmName()).isEqualTo("bad");
            assertThat(item.historySummary()).startsWith("Failed to execute action " + STOP);
            assertThat(item.historyData()).contains("\"actionState\":\"Failed\"");
        });
    }

    @Test
    void metricMathAlarmsEvaluateTheQueryThatReturnsData() {
        MetricDataQuery m1 = MetricDataQuery.builder().id("m1").returnData(false).metricStat(MetricStat.builder()
                .metric(Metric.builder().namespace("App").metricName("Errors").build()).period(60).stat("Sum")
                .build()).build();
        MetricDataQuery e1 = MetricDataQuery.builder().id("e1").expression("m1 * 2").label("double").build();
        fixture.call("PutMetricAlarm", PutMetricAlarmRequest.builder().alarmName("math").metrics(m1, e1)
                .evaluationPeriods(1).threshold(5.0).comparisonOperator("GreaterThanOrEqualToThreshold").build());
        fixture.series.put("e1", at("10:00:00"), 6.0);

        fixture.context.engine().evaluateDue(fixture.clock.instant());

        assertThat(alarm("math").state().reason()).isEqualTo("Threshold Crossed: 1 datapoint [6.0 (10/01/26 "
                + "10:00:00)] was greater than or equal to the threshold (5.0).");
        assertThat(alarm("math").state().reasonData()).doesNotContain("statistic");
    }

    @Test
    void onlyTheGatewayHoldingTheLeaseEvaluates() {
        fixture.call("PutMetricAlarm", cpuAlarm("cpu").alarmActions(List.of()).build());
        AlarmContext second = AlarmContext.of(fixture.store, new ResourceTags(fixture.store), fixture.series,
                ActionTargets.webhooksOnly(), fixture.clock, Runnable::run, AlarmFixture.REGION);

        assertThat(fixture.context.engine().evaluateDue(fixture.clock.instant())).isEqualTo(1);
        assertThat(second.engine().evaluateDue(fixture.clock.instant())).isZero();

        fixture.clock.advance(Duration.ofSeconds(31));
        assertThat(second.engine().evaluateDue(fixture.clock.instant())).isEqualTo(1);
        fixture.clock.advance(Duration.ofSeconds(20));
        second.engine().evaluateDue(fixture.clock.instant());
        fixture.clock.advance(Duration.ofSeconds(20));
        assertThat(fixture.context.engine().evaluateDue(fixture.clock.instant()))
                .as("the first gateway's alarm is due but the second holds the renewed lease").isZero();
    }
}
