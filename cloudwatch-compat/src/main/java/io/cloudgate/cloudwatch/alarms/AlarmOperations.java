package io.cloudgate.cloudwatch.alarms;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;
import static io.cloudgate.protocol.sdk.SdkSchemas.operationWithoutOutput;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Operation;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsRequest;
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
import software.amazon.awssdk.services.cloudwatch.model.SetAlarmStateRequest;

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
                BoundOperation.of(operationWithoutOutput("PutMetricAlarm", PutMetricAlarmRequest::builder),
                        new PutMetricAlarm(alarms)),
                BoundOperation.of(operation("DescribeAlarms", DescribeAlarmsRequest::builder,
                        DescribeAlarmsResponse::builder), new DescribeAlarms(alarms)),
                BoundOperation.of(operation("DescribeAlarmsForMetric", DescribeAlarmsForMetricRequest::builder,
                        DescribeAlarmsForMetricResponse::builder), new DescribeAlarmsForMetric(alarms)),
                BoundOperation.of(operation("DescribeAlarmHistory", DescribeAlarmHistoryRequest::builder,
                        DescribeAlarmHistoryResponse::builder), new DescribeAlarmHistory(alarms)),
                BoundOperation.of(operationWithoutOutput("DeleteAlarms", DeleteAlarmsRequest::builder),
                        new DeleteAlarms(alarms)),
                BoundOperation.of(operationWithoutOutput("SetAlarmState", SetAlarmStateRequest::builder),
                        new SetAlarmState(alarms)),
                BoundOperation.of(operationWithoutOutput("EnableAlarmActions", EnableAlarmActionsRequest::builder),
                        enable),
                BoundOperation.of(operationWithoutOutput("DisableAlarmActions", DisableAlarmActionsRequest::builder),
                        disable));
    }
}
