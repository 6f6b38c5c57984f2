package io.cloudgate.cloudwatch.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryResponse;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricResponse;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.DisableAlarmActionsRequest;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.SetAlarmStateRequest;

class AlarmOperationsTest {
    private final AlarmFixture fixture = new AlarmFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static PutMetricAlarmRequest.Builder minimal(String name) {
        return PutMetricAlarmRequest.builder().alarmName(name).namespace("Test").metricName("Hits")
                .statistic("Sum").period(60).evaluationPeriods(1).threshold(30.0)
                .comparisonOperator("GreaterThanThreshold");
    }

    private List<MetricAlarm> describe(DescribeAlarmsRequest request) {
        return fixture.<DescribeAlarmsResponse>call("DescribeAlarms", request).metricAlarms();
    }

    private AwsException failure(String operation, Object request) {
        return (AwsException) org.assertj.core.api.Assertions.catchThrowable(() -> fixture.call(operation, request));
    }

    @Test
    void aNewAlarmIsDescribedAsAwsRecordsIt() {
        fixture.call("PutMetricAlarm", minimal("a1").build());

        DescribeAlarmsResponse response = fixture.call("DescribeAlarms", DescribeAlarmsRequest.builder().build());
        assertThat(response.compositeAlarms()).isEmpty();
        MetricAlarm alarm = response.metricAlarms().getFirst();
        assertThat(alarm.alarmArn()).isEqualTo("arn:aws:cloudwatch:us-east-1:123456789012:alarm:a1");
        assertThat(alarm.stateValueAsString()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(alarm.stateReason()).isEqualTo("Unchecked: Initial alarm creation");
        assertThat(alarm.actionsEnabled()).isTrue();
        assertThat(alarm.alarmActions()).isEmpty();
        assertThat(alarm.dimensions()).isEmpty();
        assertThat(alarm.treatMissingData()).isNull();
        assertThat(alarm.stateReasonData()).isNull();
        assertThat(alarm.stateTransitionedTimestamp()).isEqualTo(fixture.clock.instant());
    }

    @Test
    void updatingAnAlarmKeepsItsStateAndRecordsTheChange() {
        fixture.call("PutMetricAlarm", minimal("a1").build());
        fixture.call("SetAlarmState", SetAlarmStateRequest.builder().alarmName("a1").stateValue("ALARM")
                .stateReason("testing alarm").stateReasonData("{\"a\":1}").build());
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.call("PutMetricAlarm", minimal("a1").threshold(50.0).alarmDescription("more").build());

        MetricAlarm alarm = describe(DescribeAlarmsRequest.builder().alarmNames("a1").build()).getFirst();
        assertThat(alarm.threshold()).isEqualTo(50.0);
        assertThat(alarm.stateValueAsString()).isEqualTo("ALARM");
        assertThat(alarm.stateReason()).isEqualTo("testing alarm");
        assertThat(alarm.alarmConfigurationUpdatedTimestamp()).isEqualTo(fixture.clock.instant());
        DescribeAlarmHistoryResponse history = fixture.call("DescribeAlarmHistory",
                DescribeAlarmHistoryRequest.builder().alarmName("a1").build());
        assertThat(history.alarmHistoryItems()).extracting(item -> item.historySummary()).containsExactly(
                "Alarm \"a1\" updated", "Alarm updated from INSUFFICIENT_DATA to ALARM", "Alarm \"a1\" created");
    }

    @Test
    void describeFiltersAndPages() {
        for (String name : List.of("web-1", "web-2", "web-3", "db-1")) {
            fixture.call("PutMetricAlarm", minimal(name).build());
        }
        fixture.call("SetAlarmState", SetAlarmStateRequest.builder().alarmName("web-2").stateValue("OK")
                .stateReason("fine").build());

        DescribeAlarmsResponse first = fixture.call("DescribeAlarms", DescribeAlarmsRequest.builder()
                .alarmNamePrefix("web-").maxRecords(2).build());
        assertThat(first.metricAlarms()).extracting(MetricAlarm::alarmName).containsExactly("web-1", "web-2");
        DescribeAlarmsResponse second = fixture.call("DescribeAlarms", DescribeAlarmsRequest.builder()
                .alarmNamePrefix("web-").maxRecords(2).nextToken(first.nextToken()).build());
        assertThat(second.metricAlarms()).extracting(MetricAlarm::alarmName).containsExactly("web-3");
        assertThat(second.nextToken()).isNull();
        assertThat(describe(DescribeAlarmsRequest.builder().stateValue("OK").build()))
                .extracting(MetricAlarm::alarmName).containsExactly("web-2");
        assertThat(describe(DescribeAlarmsRequest.builder().alarmTypesWithStrings("CompositeAlarm").build()))
                .isEmpty();
        DescribeAlarmsForMetricResponse forMetric = fixture.call("DescribeAlarmsForMetric",
                DescribeAlarmsForMetricRequest.builder().namespace("Test").metricName("Hits").build());
        assertThat(forMetric.metricAlarms()).hasSize(4);
    }

    @Test
    void setAlarmStateErrorsAreWordedAsAws() {
        AwsException invalid = failure("SetAlarmState", SetAlarmStateRequest.builder().alarmName("x")
                .stateValue("INVALID").stateReason("r").build());
        assertThat(invalid.code()).isEqualTo("ValidationError");
        assertThat(invalid.getMessage()).isEqualTo("1 validation error detected: Value 'INVALID' at 'stateValue' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]");
        AwsException missing = failure("SetAlarmState", SetAlarmStateRequest.builder().alarmName("nope")
                .stateValue("OK").stateReason("r").build());
        assertThat(missing.code()).isEqualTo("ResourceNotFound");
        assertThat(missing.status()).isEqualTo(404);
        fixture.call("PutMetricAlarm", minimal("a1").build());
        assertThat(failure("SetAlarmState", SetAlarmStateRequest.builder().alarmName("a1").stateValue("OK")
                .stateReason("r").stateReasonData("{not json").build()).code()).isEqualTo("InvalidFormat");
    }

    @Test
    void putMetricAlarmRefusesInvalidInput() {
        assertThat(failure("PutMetricAlarm", minimal("x").period(45).build()).getMessage())
                .isEqualTo("Period must be 10, 20, 30 or a multiple of 60.");
        assertThat(failure("PutMetricAlarm", minimal("x").extendedStatistic("p99").build()).code())
                .isEqualTo("InvalidParameterCombination");
        assertThat(failure("PutMetricAlarm", minimal("x").treatMissingData("sometimes").build()).getMessage())
                .isEqualTo("Option sometimes is not supported. Supported options for parameter TreatMissingData "
                        + "are missing, ignore, breaching and notBreaching.");
        assertThat(failure("PutMetricAlarm", minimal("x").datapointsToAlarm(2).build()).code())
                .isEqualTo("ValidationError");
        assertThat(failure("PutMetricAlarm", minimal("x").comparisonOperator("GreaterThanUpperThreshold")
                .build()).code()).isEqualTo("ValidationError");
        assertThat(failure("PutMetricAlarm", minimal("x").thresholdMetricId("ad1").build()).code())
                .isEqualTo("InvalidParameterValue");
        assertThat(failure("PutMetricAlarm", minimal("x").alarmActions("arn:aws:automate:us-east-1:ec2:stop")
                .build()).code()).isEqualTo("ValidationError");
        assertThat(failure("PutMetricAlarm", minimal("x").alarmActions("not-an-arn").build()).getMessage())
                .isEqualTo("Invalid arn syntax: not-an-arn");
        MetricDataQuery e1 = MetricDataQuery.builder().id("e1").expression("1").build();
        MetricDataQuery e2 = MetricDataQuery.builder().id("e2").expression("2").build();
        assertThat(failure("PutMetricAlarm", PutMetricAlarmRequest.builder().alarmName("m").metrics(e1, e2)
                .evaluationPeriods(1).threshold(1.0).comparisonOperator("GreaterThanThreshold").build())
                .getMessage()).isEqualTo("Exactly one element of the metrics list should return data.");
        assertThat(failure("PutMetricAlarm", minimal("m").metrics(e1).build()).code())
                .isEqualTo("InvalidParameterCombination");
        assertThat(describe(DescribeAlarmsRequest.builder().build())).isEmpty();
    }

    @Test
    void deleteAndActionSwitches() {
        fixture.call("PutMetricAlarm", minimal("a1").build());
        fixture.call("PutMetricAlarm", minimal("a2").build());
        fixture.call("DisableAlarmActions", DisableAlarmActionsRequest.builder().alarmNames("a1", "ghost").build());
        assertThat(describe(DescribeAlarmsRequest.builder().alarmNames("a1").build()).getFirst().actionsEnabled())
                .isFalse();

        assertThatThrownBy(() -> fixture.call("DeleteAlarms", DeleteAlarmsRequest.builder()
                .alarmNames("a1", "ghost").build())).isInstanceOf(AwsException.class);
        assertThat(describe(DescribeAlarmsRequest.builder().build())).hasSize(2);
        fixture.call("DeleteAlarms", DeleteAlarmsRequest.builder().alarmNames("a1").build());
        assertThat(describe(DescribeAlarmsRequest.builder().build())).extracting(MetricAlarm::alarmName)
                .containsExactly("a2");
    }
}
