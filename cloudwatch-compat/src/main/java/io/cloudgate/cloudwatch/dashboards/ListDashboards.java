package io.cloudgate.cloudwatch.dashboards;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.DashboardEntry;
import software.amazon.awssdk.services.cloudwatch.model.ListDashboardsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListDashboardsResponse;

/** Lists dashboards by name prefix, 1000 per page as AWS; the token is the next name, opaque to clients. */
final class ListDashboards implements Operation<ListDashboardsRequest, ListDashboardsResponse> {
    static final int PAGE_SIZE = 1000;

    private final Dashboards dashboards;
    private final int pageSize;

    ListDashboards(Dashboards dashboards, int pageSize) {
        this.dashboards = dashboards;
        this.pageSize = pageSize;
    }

    @Override
    public ListDashboardsResponse handle(ListDashboardsRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String prefix = request.dashboardNamePrefix();
        if (prefix != null && !prefix.isEmpty()) {
            PutDashboard.checkName(prefix);
        } else {
            prefix = null;
        }
        String from = request.nextToken() == null ? null : decode(request.nextToken());
        List<Dashboards.Dashboard> page = dashboards.list(account, prefix, from, pageSize + 1);
        String next = page.size() > pageSize ? encode(page.get(pageSize).name()) : null;
        List<DashboardEntry> entries = page.stream().limit(pageSize)
                .map(d -> DashboardEntry.builder().dashboardName(d.name()).dashboardArn(Dashboards.arn(account,
                        d.name())).lastModified(d.lastModified())
                        .size((long) d.body().getBytes(StandardCharsets.UTF_8).length).build())
                .toList();
        return ListDashboardsResponse.builder().dashboardEntries(entries).nextToken(next).build();
    }

    private static String encode(String name) {
        return Base64.getUrlEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AwsException.badRequest("InvalidNextToken", "The service couldn't process your request because "
                    + "the next token is invalid.");
        }
    }
}
