package io.cloudgate.cloudwatch.dashboards;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.cloudwatch.tags.ResourceTags;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.DeleteDashboardsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DeleteDashboardsResponse;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardResponse;
import software.amazon.awssdk.services.cloudwatch.model.ListDashboardsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListDashboardsResponse;
import software.amazon.awssdk.services.cloudwatch.model.PutDashboardRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutDashboardResponse;

/** PutDashboard, GetDashboard, ListDashboards and DeleteDashboards. */
public final class DashboardOperations {
    private DashboardOperations() {
    }

    public static List<BoundOperation> all(Dashboards dashboards, ResourceTags tags) {
        return List.of(
                BoundOperation.of(operation("PutDashboard", PutDashboardRequest::builder,
                        PutDashboardResponse::builder), new PutDashboard(dashboards)),
                BoundOperation.of(operation("GetDashboard", GetDashboardRequest::builder,
                        GetDashboardResponse::builder), new GetDashboard(dashboards)),
                BoundOperation.of(operation("ListDashboards", ListDashboardsRequest::builder,
                        ListDashboardsResponse::builder), new ListDashboards(dashboards, ListDashboards.PAGE_SIZE)),
                BoundOperation.of(operation("DeleteDashboards", DeleteDashboardsRequest::builder,
                        DeleteDashboardsResponse::builder), new DeleteDashboards(dashboards, tags)));
    }
}
