package io.cloudgate.cloudwatch.alarms;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Operation;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryResponse;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricResponse;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.DisableAlarmActionsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DisableAlarmActionsResponse;
import software.amazon.awssdk.services.cloudwatch.model.EnableAlarmActionsRequest;
import software.amazon.awssdk.services.cloudwatch.model.EnableAlarmActionsResponse;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmResponse;
import software.amazon.awssdk.services.cloudwatch.model.SetAlarmStateRequest;
import software.amazon.awssdk.services.cloudwatch.model.SetAlarmStateResponse;

/** The metric alarm operations. */
public final class AlarmOperations {
    private AlarmOperations() {
    }

    public static List<BoundOperation> all(AlarmContext alarms) {
        AlarmActionsSwitch actionsSwitch = new AlarmActionsSwitch(alarms);
        Operation<EnableAlarmActionsRequest, EnableAlarmActionsResponse> enable = (request, context) -> {
            actionsSwitch.set(request.alarmNames(), true, context);
            return EnableAlarmActionsResponse.builder().build();
        };
        Operation<DisableAlarmActionsRequest, DisableAlarmActionsResponse> disable = (request, context) -> {
            actionsSwitch.set(request.alarmNames(), false, context);
            return DisableAlarmActionsResponse.builder().build();
        };
        return List.of(
                BoundOperation.of(operation("PutMetricAlarm", PutMetricAlarmRequest::builder,
                        PutMetricAlarmResponse::builder), new PutMetricAlarm(alarms)),
                BoundOperation.of(operation("DescribeAlarms", DescribeAlarmsRequest::builder,
                        DescribeAlarmsResponse::builder), new DescribeAlarms(alarms)),
                BoundOperation.of(operation("DescribeAlarmsForMetric", DescribeAlarmsForMetricRequest::builder,
                        DescribeAlarmsForMetricResponse::builder), new DescribeAlarmsForMetric(alarms)),
                BoundOperation.of(operation("DescribeAlarmHistory", DescribeAlarmHistoryRequest::builder,
                        DescribeAlarmHistoryResponse::builder), new DescribeAlarmHistory(alarms)),
                BoundOperation.of(operation("DeleteAlarms", DeleteAlarmsRequest::builder,
                        DeleteAlarmsResponse::builder), new DeleteAlarms(alarms)),
                BoundOperation.of(operation("SetAlarmState", SetAlarmStateRequest::builder,
                        SetAlarmStateResponse::builder), new SetAlarmState(alarms)),
                BoundOperation.of(operation("EnableAlarmActions", EnableAlarmActionsRequest::builder,
                        EnableAlarmActionsResponse::builder), enable),
                BoundOperation.of(operation("DisableAlarmActions", DisableAlarmActionsRequest::builder,
                        DisableAlarmActionsResponse::builder), disable));
    }
}
