package io.cloudgate.cloudwatch.metrics.ops;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;
import static io.cloudgate.protocol.sdk.SdkSchemas.operationWithoutOutput;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.cloudwatch.CloudWatchContext;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;

/** PutMetricData, GetMetricStatistics, GetMetricData and ListMetrics. */
public final class MetricOperations {
    private MetricOperations() {
    }

    public static List<BoundOperation> all(CloudWatchContext context) {
        return List.of(
                BoundOperation.of(operationWithoutOutput("PutMetricData", PutMetricDataRequest::builder),
                        new PutMetricData(context.metrics(), context.clock())),
                BoundOperation.of(operation("GetMetricStatistics", GetMetricStatisticsRequest::builder,
                        GetMetricStatisticsResponse::builder),
                        new GetMetricStatistics(context.metrics(), context.clock())),
                BoundOperation.of(operation("GetMetricData", GetMetricDataRequest::builder,
                        GetMetricDataResponse::builder), new GetMetricData(context.reader())),
                BoundOperation.of(operation("ListMetrics", ListMetricsRequest::builder,
                        ListMetricsResponse::builder), new ListMetrics(context.metrics(), context.clock())));
    }
}
