package io.cloudgate.cloudwatch.dashboards;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.tags.ResourceTags;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.DeleteDashboardsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DeleteDashboardsResponse;

/** Deletes dashboards; as on AWS nothing is deleted when any of them does not exist. */
final class DeleteDashboards implements Operation<DeleteDashboardsRequest, DeleteDashboardsResponse> {
    private final Dashboards dashboards;
    private final ResourceTags tags;

    DeleteDashboards(Dashboards dashboards, ResourceTags tags) {
        this.dashboards = dashboards;
        this.tags = tags;
    }

    @Override
    public DeleteDashboardsResponse handle(DeleteDashboardsRequest request, RequestContext context) {
        String account = context.principal().accountId();
        List<String> names = request.dashboardNames();
        if (names.isEmpty()) {
            throw AwsException.validation("1 validation error detected: Value null at 'dashboardNames' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        for (String name : names) {
            if (name == null || dashboards.find(account, name).isEmpty()) {
                throw GetDashboard.notFound(name);
            }
        }
        for (String name : names) {
            dashboards.delete(account, name);
            tags.forget(account, Dashboards.arn(account, name));
        }
        return DeleteDashboardsResponse.builder().build();
    }
}
