package io.cloudgate.cloudwatch.dashboards;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardResponse;

/** Returns a dashboard's body as it was put. */
final class GetDashboard implements Operation<GetDashboardRequest, GetDashboardResponse> {
    private final Dashboards dashboards;

    GetDashboard(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public GetDashboardResponse handle(GetDashboardRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String name = Validation.required(request.dashboardName(), "dashboardName");
        Dashboards.Dashboard dashboard = dashboards.find(account, name)
                .orElseThrow(() -> notFound(name));
        return GetDashboardResponse.builder().dashboardName(name).dashboardBody(dashboard.body())
                .dashboardArn(Dashboards.arn(account, name)).build();
    }

    static AwsException notFound(String name) {
        return AwsException.notFound("ResourceNotFound", "Dashboard " + name + " does not exist");
    }
}
