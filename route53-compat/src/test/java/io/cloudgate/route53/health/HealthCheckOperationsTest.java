package io.cloudgate.route53.health;

import static io.cloudgate.route53.health.HealthTestbed.ACCOUNT;
import static io.cloudgate.route53.health.HealthTestbed.OTHER_ACCOUNT;
import static io.cloudgate.route53.health.HealthTestbed.error;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.DeleteHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesRequest;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusResponse;
import software.amazon.awssdk.services.route53.model.HealthCheck;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.ListHealthChecksRequest;
import software.amazon.awssdk.services.route53.model.ListHealthChecksResponse;
import software.amazon.awssdk.services.route53.model.ResettableElementName;
import software.amazon.awssdk.services.route53.model.StatusReport;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckResponse;

class HealthCheckOperationsTest {
    private static final HealthCheckConfig WEB = HealthCheckConfig.builder().type(HealthCheckType.HTTPS)
            .fullyQualifiedDomainName("www.example.com").resourcePath("/status").build();

    private final HealthTestbed bed = new HealthTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    private CreateHealthCheckResponse create(String reference, HealthCheckConfig config) {
        return bed.call("CreateHealthCheck", CreateHealthCheckRequest.builder().callerReference(reference)
                .healthCheckConfig(config).build());
    }

    private HealthCheck get(String id) {
        GetHealthCheckResponse response = bed.call("GetHealthCheck",
                GetHealthCheckRequest.builder().healthCheckId(id).build());
        return response.healthCheck();
    }

    @Test
    void createFillsInAwsDefaultsAndAnswersALocation() {
        CreateHealthCheckResponse response = create("web-1", WEB);

        HealthCheck check = response.healthCheck();
        assertThat(check.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(response.location()).isEqualTo("https://route53.amazonaws.com/2013-04-01/healthcheck/"
                + check.id());
        assertThat(check.callerReference()).isEqualTo("web-1");
        assertThat(check.healthCheckVersion()).isEqualTo(1L);
        HealthCheckConfig config = check.healthCheckConfig();
        assertThat(config.port()).isEqualTo(443);
        assertThat(config.requestInterval()).isEqualTo(30);
        assertThat(config.failureThreshold()).isEqualTo(3);
        assertThat(config.enableSNI()).isTrue();
        assertThat(config.inverted()).isFalse();
        assertThat(config.disabled()).isFalse();
        assertThat(config.measureLatency()).isFalse();
        assertThat(get(check.id())).isEqualTo(check);
        assertThat(bed.checks.exists(ACCOUNT, check.id())).isTrue();
        assertThat(bed.checks.exists(OTHER_ACCOUNT, check.id())).isFalse();
    }

    @Test
    void aCallerReferenceAnswersItsCheckForTheSameSettingsOnly() {
        String id = create("same", WEB).healthCheck().id();

        assertThat(create("same", WEB).healthCheck().id()).isEqualTo(id);
        error(() -> create("same", WEB.toBuilder().port(8443).build()), "HealthCheckAlreadyExists", 409);
        assertThat(create("other", WEB).healthCheck().id()).isNotEqualTo(id);

        bed.call("DeleteHealthCheck", DeleteHealthCheckRequest.builder().healthCheckId(id).build());
        error(() -> create("same", WEB), "HealthCheckAlreadyExists", 409);
    }

    @Test
    void unknownIdsAreNoSuchHealthCheck() {
        String id = create("mine", WEB).healthCheck().id();
        String message = error(() -> get("6d5bd8b1-0000-4000-8000-000000000000"), "NoSuchHealthCheck", 404);
        assertThat(message).isEqualTo("A health check with id 6d5bd8b1-0000-4000-8000-000000000000 does not exist.");
        error(() -> bed.call("GetHealthCheck", GetHealthCheckRequest.builder().healthCheckId(id).build(),
                OTHER_ACCOUNT), "NoSuchHealthCheck", 404);
        error(() -> bed.call("DeleteHealthCheck", DeleteHealthCheckRequest.builder().healthCheckId("nope").build()),
                "NoSuchHealthCheck", 404);
    }

    @Test
    void settingsAwsRefusesAreInvalidInput() {
        HealthCheckConfig.Builder http = HealthCheckConfig.builder().type(HealthCheckType.HTTP).ipAddress("192.0.2.4");
        error(() -> create("a", http.copy().requestInterval(20).build()), "InvalidInput", 400);
        assertThat(error(() -> create("b", http.copy().failureThreshold(11).build()), "InvalidInput", 400))
                .isEqualTo("1 validation error detected: Value '11' at 'healthCheckConfig.failureThreshold' failed"
                        + " to satisfy constraint: Member must have value less than or equal to 10");
        error(() -> create("c", HealthCheckConfig.builder().type(HealthCheckType.HTTP).build()), "InvalidInput", 400);
        error(() -> create("d", http.copy().ipAddress("300.1.1.1").build()), "InvalidInput", 400);
        error(() -> create("e", http.copy().searchString("x").build()), "InvalidInput", 400);
        error(() -> create("f", http.copy().type(HealthCheckType.HTTP_STR_MATCH).build()), "InvalidInput", 400);
        error(() -> create("g", http.copy().type(HealthCheckType.TCP).build()), "InvalidInput", 400);
        assertThat(error(() -> create("h", http.copy().alarmIdentifier(a -> a.name("alarm").region("us-east-1"))
                .build()), "InvalidInput", 400))
                .isEqualTo("Invalid parameter : Basic health checks must not have an metric region specified.");
        error(() -> create("i", HealthCheckConfig.builder().type(HealthCheckType.CALCULATED)
                .childHealthChecks("missing").build()), "InvalidInput", 400);
        error(() -> create("j", http.copy().port(0).build()), "InvalidInput", 400);
        error(() -> create("k", null), "InvalidInput", 400);
    }

    @Test
    void cloudWatchMetricChecksAreAcceptedAndFollowInsufficientDataHealthStatus() {
        String healthy = create("cw-1", HealthCheckConfig.builder().type(HealthCheckType.CLOUDWATCH_METRIC)
                .alarmIdentifier(a -> a.name("cpu").region("us-east-1")).build()).healthCheck().id();
        String unhealthy = create("cw-2", HealthCheckConfig.builder().type(HealthCheckType.CLOUDWATCH_METRIC)
                .alarmIdentifier(a -> a.name("cpu").region("us-east-1")).insufficientDataHealthStatus("Unhealthy")
                .build()).healthCheck().id();

        assertThat(bed.healthy(healthy)).isTrue();
        assertThat(bed.healthy(unhealthy)).isFalse();
        assertThat(get(healthy).healthCheckConfig().insufficientDataHealthStatusAsString())
                .isEqualTo("LastKnownStatus");
    }

    @Test
    void listPagesByMarkerInIdOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(create("list-" + i, WEB).healthCheck().id());
        }
        ids.sort(null);
        ListHealthChecksResponse first = bed.call("ListHealthChecks",
                ListHealthChecksRequest.builder().maxItems("2").build());
        assertThat(first.healthChecks()).extracting(HealthCheck::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextMarker()).isEqualTo(ids.get(2));
        assertThat(first.maxItems()).isEqualTo("2");

        ListHealthChecksResponse last = bed.call("ListHealthChecks",
                ListHealthChecksRequest.builder().marker(ids.get(4)).maxItems("2").build());
        assertThat(last.healthChecks()).extracting(HealthCheck::id).containsExactly(ids.get(4));
        assertThat(last.isTruncated()).isFalse();
        assertThat(last.nextMarker()).isNull();

        ListHealthChecksResponse all = bed.call("ListHealthChecks", ListHealthChecksRequest.builder().build());
        assertThat(all.healthChecks()).hasSize(5);
        GetHealthCheckCountResponse count = bed.call("GetHealthCheckCount",
                GetHealthCheckCountRequest.builder().build());
        assertThat(count.healthCheckCount()).isEqualTo(5L);
        GetHealthCheckCountResponse otherCount = bed.call("GetHealthCheckCount",
                GetHealthCheckCountRequest.builder().build(), OTHER_ACCOUNT);
        assertThat(otherCount.healthCheckCount()).isZero();
        error(() -> bed.call("ListHealthChecks", ListHealthChecksRequest.builder().maxItems("many").build()),
                "InvalidInput", 400);
    }

    @Test
    void updateChecksTheVersionAndResetsElements() {
        HealthCheck check = create("upd", WEB).healthCheck();

        UpdateHealthCheckResponse updated = bed.call("UpdateHealthCheck", UpdateHealthCheckRequest.builder()
                .healthCheckId(check.id()).healthCheckVersion(1L).port(8443).failureThreshold(5).inverted(true)
                .build());
        assertThat(updated.healthCheck().healthCheckVersion()).isEqualTo(2L);
        assertThat(updated.healthCheck().healthCheckConfig().port()).isEqualTo(8443);
        assertThat(updated.healthCheck().healthCheckConfig().failureThreshold()).isEqualTo(5);
        assertThat(updated.healthCheck().healthCheckConfig().resourcePath()).isEqualTo("/status");

        error(() -> bed.call("UpdateHealthCheck", UpdateHealthCheckRequest.builder().healthCheckId(check.id())
                .healthCheckVersion(1L).port(9443).build()), "HealthCheckVersionMismatch", 409);

        UpdateHealthCheckResponse reset = bed.call("UpdateHealthCheck", UpdateHealthCheckRequest.builder()
                .healthCheckId(check.id()).resetElements(ResettableElementName.RESOURCE_PATH).build());
        assertThat(reset.healthCheck().healthCheckConfig().resourcePath()).isNull();
        assertThat(get(check.id()).healthCheckVersion()).isEqualTo(3L);
        error(() -> bed.call("UpdateHealthCheck", UpdateHealthCheckRequest.builder().healthCheckId(check.id())
                .searchString("x").build()), "InvalidInput", 400);
    }

    @Test
    void deleteIsRefusedWhileRecordsOrCalculatedChecksReferToTheCheck() {
        String id = create("del", WEB).healthCheck().id();
        bed.checks.setInUseCheck((account, healthCheckId) -> healthCheckId.equals(id));
        error(() -> bed.call("DeleteHealthCheck", DeleteHealthCheckRequest.builder().healthCheckId(id).build()),
                "HealthCheckInUse", 400);

        bed.checks.setInUseCheck((account, healthCheckId) -> false);
        String parent = create("parent", HealthCheckConfig.builder().type(HealthCheckType.CALCULATED)
                .childHealthChecks(id).healthThreshold(1).build()).healthCheck().id();
        error(() -> bed.call("DeleteHealthCheck", DeleteHealthCheckRequest.builder().healthCheckId(id).build()),
                "HealthCheckInUse", 400);

        bed.call("DeleteHealthCheck", DeleteHealthCheckRequest.builder().healthCheckId(parent).build());
        bed.call("DeleteHealthCheck", DeleteHealthCheckRequest.builder().healthCheckId(id).build());
        assertThat(bed.checks.exists(ACCOUNT, id)).isFalse();
        error(() -> get(id), "NoSuchHealthCheck", 404);
    }

    @Test
    void statusAndLastFailureReasonShowTheCheckersReports() throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web()) {
            String id = create("status", HealthCheckConfig.builder().type(HealthCheckType.HTTP)
                    .ipAddress("127.0.0.1").port(web.port()).requestInterval(10).build()).healthCheck().id();
            GetHealthCheckStatusResponse before = bed.call("GetHealthCheckStatus",
                    GetHealthCheckStatusRequest.builder().healthCheckId(id).build());
            assertThat(before.healthCheckObservations()).isEmpty();

            bed.tick();
            web.status.set(503);
            bed.tickAfter(Duration.ofSeconds(10));
            web.status.set(200);
            bed.tickAfter(Duration.ofSeconds(10));

            GetHealthCheckStatusResponse status = bed.call("GetHealthCheckStatus",
                    GetHealthCheckStatusRequest.builder().healthCheckId(id).build());
            assertThat(status.healthCheckObservations()).singleElement().satisfies(observation -> {
                assertThat(observation.regionAsString()).isEqualTo("us-east-1");
                assertThat(observation.ipAddress()).isEqualTo("127.0.0.1");
                assertThat(observation.statusReport()).isEqualTo(StatusReport.builder()
                        .status("Success: HTTP Status Code 200, OK").checkedTime(bed.clock.instant()).build());
            });
            GetHealthCheckLastFailureReasonResponse failure = bed.call("GetHealthCheckLastFailureReason",
                    GetHealthCheckLastFailureReasonRequest.builder().healthCheckId(id).build());
            assertThat(failure.healthCheckObservations()).singleElement().satisfies(observation ->
                    assertThat(observation.statusReport().status())
                            .isEqualTo("Failure: HTTP Status Code 503, Service Unavailable"));
        }
    }

    @Test
    void checkerIpRangesListTheHostsAddresses() {
        GetCheckerIpRangesResponse response = bed.call("GetCheckerIpRanges",
                GetCheckerIpRangesRequest.builder().build());
        assertThat(response.checkerIpRanges()).contains("127.0.0.1/32");
    }
}
