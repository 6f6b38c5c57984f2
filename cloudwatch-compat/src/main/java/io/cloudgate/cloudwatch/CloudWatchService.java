package io.cloudgate.cloudwatch;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.cloudwatch.alarms.CloudWatchAlarms;
import io.cloudgate.cloudwatch.alarms.actions.ActionTargets;
import io.cloudgate.cloudwatch.metrics.ops.MetricOperations;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** Amazon CloudWatch, reached through awsQuery, awsJson1_0 (query-compatible) and rpcv2Cbor. Each area lists its operations. */
public final class CloudWatchService {
    private CloudWatchService() {
    }

    /** CloudWatch whose alarm actions can only call webhooks (no compute or Auto Scaling behind them). */
    public static AwsService create(CloudWatchContext context) {
        return create(context, CloudWatchAlarms.of(context, ActionTargets.webhooksOnly()));
    }

    /** CloudWatch with the given alarm side, whose engine the caller schedules ({@link CloudWatchAlarms#scheduler}). */
    public static AwsService create(CloudWatchContext context, CloudWatchAlarms alarms) {
        List<BoundOperation> operations = new ArrayList<>();
        operations.addAll(MetricOperations.all(context));
        operations.addAll(alarms.alarmOperations());
        operations.addAll(alarms.dashboardOperations());
        operations.addAll(alarms.tagOperations());
        return AwsService.of("monitoring", "2010-08-01", "http://monitoring.amazonaws.com/doc/2010-08-01/",
                "GraniteServiceVersion20100801", true, List.of("awsQuery", "awsJson1_0", "rpcv2Cbor"), operations,
                AwsOperationNames.fromClient(CloudWatchClient.class), ServiceErrors.query());
    }
}
