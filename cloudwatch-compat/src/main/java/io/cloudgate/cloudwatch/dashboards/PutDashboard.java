package io.cloudgate.cloudwatch.dashboards;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.model.PutDashboardRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutDashboardResponse;

/** Creates or replaces a dashboard after validating its body. */
final class PutDashboard implements Operation<PutDashboardRequest, PutDashboardResponse> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int MAX_BODY = 1024 * 1024;

    private final Dashboards dashboards;

    PutDashboard(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public PutDashboardResponse handle(PutDashboardRequest request, RequestContext context) {
        String name = checkName(request.dashboardName());
        String body = Validation.required(request.dashboardBody(), "dashboardBody");
        if (body.length() > MAX_BODY) {
            throw AwsException.badRequest("InvalidParameterInput",
                    "The dashboard body is too large (maximum " + MAX_BODY + " characters).");
        }
        DashboardBodyValidator.validate(body);
        dashboards.put(context.principal().accountId(), new Dashboards.Dashboard(name, body, context.clock().instant()));
        return PutDashboardResponse.builder().dashboardValidationMessages(List.of()).build();
    }

    /** AWS's wording for a bad name, trailing newline included. */
    static String checkName(String name) {
        Validation.required(name, "dashboardName");
        if (name.length() > 255 || !NAME.matcher(name).matches()) {
            throw AwsException.badRequest("InvalidParameterValue", "The value for field DashboardName contains "
                    + "invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).\n");
        }
        return name;
    }
}
