package io.cloudgate.route53.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;
import software.amazon.awssdk.services.route53.model.HealthCheckType;

class CheckerTest {
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);

    private final HealthTestbed bed = new HealthTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    private static HealthCheckConfig.Builder http(LocalEndpoints.Web web) {
        return HealthCheckConfig.builder().type(HealthCheckType.HTTP).ipAddress("127.0.0.1").port(web.port())
                .resourcePath("/health").requestInterval(10);
    }

    @Test
    void probesANewCheckAtOnceThenOncePerRequestInterval() throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web()) {
            bed.create(http(web).requestInterval(30).build());

            bed.tick();
            assertThat(web.requests.get()).isEqualTo(1);
            assertThat(web.lastPath.get()).isEqualTo("/health");
            bed.tickAfter(Duration.ofSeconds(29));
            assertThat(web.requests.get()).isEqualTo(1);
            bed.tickAfter(Duration.ofSeconds(1));
            assertThat(web.requests.get()).isEqualTo(2);
        }
    }

    @Test
    void flipsAfterFailureThresholdConsecutiveResultsAndTellsListeners() throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web()) {
            String id = bed.create(http(web).failureThreshold(3).build());
            bed.tick();
            assertThat(bed.healthy(id)).isTrue();

            web.status.set(503);
            bed.tickAfter(TEN_SECONDS);
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).as("two failures of three").isTrue();
            web.status.set(200);
            bed.tickAfter(TEN_SECONDS);
            web.status.set(503);
            bed.tickAfter(TEN_SECONDS);
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).as("a success resets the count").isTrue();
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).isFalse();
            assertThat(bed.flips()).containsExactly(id + "=unhealthy");

            web.status.set(302);
            bed.tickAfter(TEN_SECONDS);
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).isFalse();
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).as("3xx counts as success").isTrue();
            assertThat(bed.flips()).containsExactly(id + "=unhealthy", id + "=healthy");
        }
    }

    @Test
    void aStoppedServerIsUnhealthy() throws Exception {
        LocalEndpoints.Web web = new LocalEndpoints.Web();
        String id = bed.create(http(web).failureThreshold(1).build());
        bed.tick();
        assertThat(bed.healthy(id)).isTrue();

        web.close();
        bed.tickAfter(TEN_SECONDS);

        assertThat(bed.healthy(id)).isFalse();
        assertThat(bed.flips()).containsExactly(id + "=unhealthy");
    }

    @Test
    void invertedChecksAreUnhealthyWhileTheEndpointAnswers() throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web()) {
            String id = bed.create(http(web).failureThreshold(1).inverted(true).build());
            assertThat(bed.healthy(id)).as("not yet probed").isTrue();

            bed.tick();
            assertThat(bed.healthy(id)).isFalse();

            web.status.set(500);
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).isTrue();
        }
    }

    @Test
    void stringMatchLooksInTheFirst5120BytesOfTheBody() throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web()) {
            String id = bed.create(http(web).type(HealthCheckType.HTTP_STR_MATCH).searchString("ALIVE")
                    .failureThreshold(1).build());
            web.body.set("x".repeat(5115) + "ALIVE");
            bed.tick();
            assertThat(bed.healthy(id)).isTrue();

            web.body.set("x".repeat(5116) + "ALIVE");
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).isFalse();

            web.body.set("ALIVE");
            web.status.set(500);
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).as("the status must be 2xx or 3xx too").isFalse();
        }
    }

    @Test
    void httpsChecksDoNotValidateTheCertificate(@TempDir Path keys) throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web(LocalEndpoints.selfSigned(keys))) {
            web.body.set("secure ALIVE");
            String plain = bed.create(http(web).type(HealthCheckType.HTTPS).failureThreshold(1).build());
            String match = bed.create(http(web).type(HealthCheckType.HTTPS_STR_MATCH).searchString("ALIVE")
                    .failureThreshold(1).build());
            bed.tick();
            assertThat(web.requests.get()).isEqualTo(2);
            assertThat(bed.healthy(plain)).isTrue();
            assertThat(bed.healthy(match)).isTrue();

            web.status.set(404);
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(plain)).isFalse();
            assertThat(bed.flips()).contains(plain + "=unhealthy", match + "=unhealthy");
        }
    }

    @Test
    void disabledChecksAreNotProbedAndCountAsHealthyUnlessInverted() throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web()) {
            web.status.set(500);
            String disabled = bed.create(http(web).failureThreshold(1).disabled(true).build());
            String disabledInverted = bed.create(http(web).failureThreshold(1).disabled(true).inverted(true).build());

            bed.tick();
            bed.tickAfter(TEN_SECONDS);

            assertThat(web.requests.get()).isZero();
            assertThat(bed.healthy(disabled)).isTrue();
            assertThat(bed.healthy(disabledInverted)).isFalse();
        }
    }

    @Test
    void tcpChecksFollowTheListener() throws Exception {
        try (LocalEndpoints.Tcp tcp = new LocalEndpoints.Tcp()) {
            String id = bed.create(HealthCheckConfig.builder().type(HealthCheckType.TCP).ipAddress("127.0.0.1")
                    .port(tcp.port()).requestInterval(10).failureThreshold(1).build());
            bed.tick();
            assertThat(bed.healthy(id)).isTrue();

            tcp.stop();
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).isFalse();

            tcp.start();
            bed.tickAfter(TEN_SECONDS);
            assertThat(bed.healthy(id)).isTrue();
            assertThat(bed.flips()).containsExactly(id + "=unhealthy", id + "=healthy");
        }
    }

    @Test
    void calculatedChecksCountHealthyChildren() throws Exception {
        try (LocalEndpoints.Web up = new LocalEndpoints.Web(); LocalEndpoints.Web down = new LocalEndpoints.Web()) {
            String first = bed.create(http(up).failureThreshold(1).build());
            String second = bed.create(http(down).failureThreshold(1).build());
            String parent = bed.create(HealthCheckConfig.builder().type(HealthCheckType.CALCULATED)
                    .childHealthChecks(first, second).healthThreshold(2).build());
            bed.tick();
            assertThat(bed.healthy(parent)).isTrue();

            down.status.set(500);
            bed.tickAfter(TEN_SECONDS);
            bed.tick();
            assertThat(bed.healthy(parent)).isFalse();
            assertThat(bed.flips()).contains(second + "=unhealthy", parent + "=unhealthy");
        }
    }

    @Test
    void twoGatewaysOnOneStoreProbeEachIntervalOnceAndBothHearTheFlip() throws Exception {
        try (LocalEndpoints.Web web = new LocalEndpoints.Web();
             HealthChecks other = new HealthChecks(bed.store, bed.clock, new NetworkProber())) {
            StringBuilder heardByOther = new StringBuilder();
            other.onChange((account, id, healthy) -> heardByOther.append(healthy ? "healthy" : "unhealthy"));
            String id = bed.create(http(web).failureThreshold(1).requestInterval(30).build());

            for (int round = 0; round < 3; round++) {
                bed.tick();
                other.tick().get();
                bed.tick();
                other.tick().get();
                assertThat(web.requests.get()).isEqualTo(round + 1);
                bed.clock.advance(THIRTY_SECONDS);
            }

            web.status.set(500);
            other.tick().get();
            bed.tick();
            assertThat(web.requests.get()).isEqualTo(4);
            assertThat(bed.healthy(id)).isFalse();
            assertThat(other.isHealthy(HealthTestbed.ACCOUNT, id)).isFalse();
            assertThat(bed.flips()).containsExactly(id + "=unhealthy");
            assertThat(heardByOther).hasToString("unhealthy");
        }
    }
}
