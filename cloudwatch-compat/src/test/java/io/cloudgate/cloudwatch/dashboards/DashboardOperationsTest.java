package io.cloudgate.cloudwatch.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.tags.ResourceTags;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.DeleteDashboardsRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardResponse;
import software.amazon.awssdk.services.cloudwatch.model.ListDashboardsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListDashboardsResponse;
import software.amazon.awssdk.services.cloudwatch.model.PutDashboardRequest;

class DashboardOperationsTest {
    private static final String BODY = "{\"widgets\":[{\"type\":\"metric\",\"x\":0,\"y\":0,\"width\":6,\"height\":6,"
            + "\"properties\":{\"metrics\":[[\"AWS/EC2\",\"CPUUtilization\",\"InstanceId\",\"i-12345678\"]],"
            + "\"region\":\"us-east-1\",\"view\":\"timeSeries\",\"stacked\":false}}]}";
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-10T10:00:00Z"), ZoneOffset.UTC);
    private final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    private final Dashboards dashboards = new Dashboards(store);
    private final ResourceTags tags = new ResourceTags(store);
    private final RequestContext context = new RequestContext("r", new Principal("123456789012",
            "arn:aws:iam::123456789012:root", "123456789012", "root", "AKID", false), "us-east-1", clock);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void lifecycle() {
        new PutDashboard(dashboards).handle(PutDashboardRequest.builder().dashboardName("ops-1")
                .dashboardBody(BODY).build(), context);
        new PutDashboard(dashboards).handle(PutDashboardRequest.builder().dashboardName("web")
                .dashboardBody(BODY).build(), context);

        GetDashboardResponse got = new GetDashboard(dashboards).handle(GetDashboardRequest.builder()
                .dashboardName("ops-1").build(), context);
        assertThat(got.dashboardBody()).isEqualTo(BODY);
        assertThat(got.dashboardArn()).isEqualTo("arn:aws:cloudwatch::123456789012:dashboard/ops-1");

        ListDashboards list = new ListDashboards(dashboards, 1);
        ListDashboardsResponse first = list.handle(ListDashboardsRequest.builder().build(), context);
        assertThat(first.dashboardEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.dashboardName()).isEqualTo("ops-1");
            assertThat(entry.size()).isEqualTo(BODY.length());
        });
        ListDashboardsResponse second = list.handle(ListDashboardsRequest.builder()
                .nextToken(first.nextToken()).build(), context);
        assertThat(second.dashboardEntries()).extracting(e -> e.dashboardName()).containsExactly("web");
        assertThat(second.nextToken()).isNull();
        assertThat(list.handle(ListDashboardsRequest.builder().dashboardNamePrefix("we").build(), context)
                .dashboardEntries()).hasSize(1);

        new DeleteDashboards(dashboards, tags).handle(DeleteDashboardsRequest.builder().dashboardNames("web")
                .build(), context);
        AwsException missing = catchThrowableOfType(AwsException.class, () -> new GetDashboard(dashboards)
                .handle(GetDashboardRequest.builder().dashboardName("web").build(), context));
        assertThat(missing.code()).isEqualTo("ResourceNotFound");
        assertThat(missing.getMessage()).isEqualTo("Dashboard web does not exist");
    }

    @Test
    void invalidNamesAndBodiesAreRefusedAsAws() {
        AwsException name = catchThrowableOfType(AwsException.class, () -> new PutDashboard(dashboards).handle(
                PutDashboardRequest.builder().dashboardName("bad name!").dashboardBody(BODY).build(), context));
        assertThat(name.code()).isEqualTo("InvalidParameterValue");
        assertThat(name.getMessage()).isEqualTo("The value for field DashboardName contains invalid characters. "
                + "It can only contain alphanumerics, dash (-) and underscore (_).\n");

        AwsException body = catchThrowableOfType(AwsException.class, () -> new PutDashboard(dashboards).handle(
                PutDashboardRequest.builder().dashboardName("d").dashboardBody("{\"widgets\":[{\"type\":\"chart\","
                        + "\"width\":30,\"properties\":{}}]}").build(), context));
        assertThat(body.code()).isEqualTo("InvalidParameterInput");
        assertThat(body.getMessage()).startsWith("The dashboard body is invalid, there are 2 validation errors:")
                .contains("\"dataPath\" : \"/widgets/0/type\"").contains("\"dataPath\" : \"/widgets/0/width\"");
        assertThat(DashboardBodyValidator.findings("[1]")).extracting(DashboardBodyValidator.Finding::message)
                .containsExactly("Should be object");
        assertThat(DashboardBodyValidator.findings("{\"widgets\":[{\"type\":\"text\",\"properties\":{}}]}"))
                .extracting(DashboardBodyValidator.Finding::message)
                .containsExactly("Should have required property 'markdown'");
    }
}
