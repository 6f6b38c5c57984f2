package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HealthCheck;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;

/**
 * Route 53 health checks through the AWS SDK for Java v2 against a gateway whose checker probes a local HTTP
 * server: the lifecycle and its errors, and a failover record whose DNS answer flips when the server stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Route53HealthChecksSdkTest {
    private RunningGateway gateway;
    private RunningGateway.Credentials tenant;
    private int dnsPort;

    @BeforeAll
    void startGateway() throws Exception {
        dnsPort = freePort();
        gateway = RunningGateway.start("--dns-port", Integer.toString(dnsPort));
        tenant = gateway.createAccount("health");
    }

    @AfterAll
    void stopGateway() throws Exception {
        gateway.close();
    }

    private Route53Client route53() {
        return Route53Client.builder()
                .endpointOverride(gateway.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(tenant.provider())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Test
    void createProbeUpdateAndDeleteWithAwsErrors() throws Exception {
        HttpServer backend = backend();
        try (Route53Client route53 = route53()) {
            HealthCheckConfig config = HealthCheckConfig.builder().type(HealthCheckType.HTTP).ipAddress("127.0.0.1")
                    .port(backend.getAddress().getPort()).resourcePath("/health").requestInterval(10)
                    .failureThreshold(1).build();
            var created = route53.createHealthCheck(r -> r.callerReference("lifecycle").healthCheckConfig(config));
            HealthCheck check = created.healthCheck();
            String id = check.id();
            assertThat(created.location()).endsWith("/2013-04-01/healthcheck/" + id);
            assertThat(check.healthCheckVersion()).isEqualTo(1L);
            assertThat(route53.createHealthCheck(r -> r.callerReference("lifecycle").healthCheckConfig(config))
                    .healthCheck().id()).isEqualTo(id);
            assertThat(errorCode(() -> route53.createHealthCheck(r -> r.callerReference("lifecycle")
                    .healthCheckConfig(config.toBuilder().port(1).build())), 409))
                    .isEqualTo("HealthCheckAlreadyExists");

            String status = waitFor(Duration.ofSeconds(5), () -> status(route53, id),
                    "Success: HTTP Status Code 200, OK");
            assertThat(status).isEqualTo("Success: HTTP Status Code 200, OK");
            assertThat(route53.getHealthCheck(r -> r.healthCheckId(id)).healthCheck()).isEqualTo(check);
            assertThat(route53.listHealthChecks(r -> { }).healthChecks()).extracting(HealthCheck::id).contains(id);
            assertThat(route53.getHealthCheckCount(r -> { }).healthCheckCount()).isEqualTo(1L);
            assertThat(route53.getCheckerIpRanges(r -> { }).checkerIpRanges()).contains("127.0.0.1/32");

            var updated = route53.updateHealthCheck(r -> r.healthCheckId(id).healthCheckVersion(1L)
                    .resourcePath("/ready").failureThreshold(2));
            assertThat(updated.healthCheck().healthCheckVersion()).isEqualTo(2L);
            assertThat(updated.healthCheck().healthCheckConfig().resourcePath()).isEqualTo("/ready");
            assertThat(errorCode(() -> route53.updateHealthCheck(r -> r.healthCheckId(id).healthCheckVersion(1L)
                    .port(81)), 409)).isEqualTo("HealthCheckVersionMismatch");
            assertThat(errorCode(() -> route53.createHealthCheck(r -> r.callerReference("bad")
                    .healthCheckConfig(config.toBuilder().requestInterval(20).build())), 400))
                    .isEqualTo("InvalidInput");

            route53.deleteHealthCheck(r -> r.healthCheckId(id));
            assertThatThrownBy(() -> route53.getHealthCheck(r -> r.healthCheckId(id)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchHealthCheck");
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("A health check with id " + id + " does not exist.");
                    });
        } finally {
            backend.stop(0);
        }
    }

    @Test
    void aFailoverAnswerFlipsWhenThePrimaryBackendStops() throws Exception {
        HttpServer backend = backend();
        try (Route53Client route53 = route53()) {
            String zoneId = route53.createHostedZone(r -> r.name("failover.example").callerReference("failover"))
                    .hostedZone().id();
            String checkId = route53.createHealthCheck(r -> r.callerReference("primary").healthCheckConfig(c -> c
                    .type(HealthCheckType.HTTP).ipAddress("127.0.0.1").port(backend.getAddress().getPort())
                    .requestInterval(10).failureThreshold(1))).healthCheck().id();
            route53.changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(
                    c -> c.action(ChangeAction.CREATE).resourceRecordSet(failover("PRIMARY", "192.0.2.1", checkId)),
                    c -> c.action(ChangeAction.CREATE).resourceRecordSet(failover("SECONDARY", "192.0.2.2", null)))));
            assertThat(waitFor(Duration.ofSeconds(5), this::answer, List.of("192.0.2.1")))
                    .containsExactly("192.0.2.1");
            assertThat(errorCode(() -> route53.deleteHealthCheck(r -> r.healthCheckId(checkId)), 400))
                    .isEqualTo("HealthCheckInUse");
            String healthy = "Success: HTTP Status Code 200, OK";
            assertThat(waitFor(Duration.ofSeconds(5), () -> status(route53, checkId), healthy))
                    .as("probed healthy before the backend stops").isEqualTo(healthy);
            assertThat(answer()).containsExactly("192.0.2.1");

            backend.stop(0);
            Instant stopped = Instant.now();
            assertThat(waitFor(Duration.ofSeconds(15), this::answer, List.of("192.0.2.2")))
                    .containsExactly("192.0.2.2");
            assertThat(Duration.between(stopped, Instant.now())).isLessThan(Duration.ofSeconds(13));
            assertThat(route53.getHealthCheckLastFailureReason(r -> r.healthCheckId(checkId))
                    .healthCheckObservations().getFirst().statusReport().status()).startsWith("Failure: ");
        } finally {
            backend.stop(0);
        }
    }

    private static String status(Route53Client route53, String healthCheckId) {
        return route53.getHealthCheckStatus(r -> r.healthCheckId(healthCheckId)).healthCheckObservations().stream()
                .map(observation -> observation.statusReport().status()).findFirst().orElse("");
    }

    private static ResourceRecordSet failover(String role, String address, String healthCheckId) {
        return ResourceRecordSet.builder().name("www.failover.example.").type(RRType.A).ttl(0L)
                .setIdentifier(role.toLowerCase()).failover(ResourceRecordSetFailover.fromValue(role))
                .healthCheckId(healthCheckId).resourceRecords(rr -> rr.value(address)).build();
    }

    private List<String> answer() {
        try {
            SimpleResolver resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
            resolver.setPort(dnsPort);
            resolver.setTimeout(Duration.ofSeconds(2));
            Message response = resolver.send(Message.newQuery(Record.newRecord(
                    Name.fromString("www.failover.example."), Type.A, DClass.IN)));
            return response.getSection(Section.ANSWER).stream().filter(ARecord.class::isInstance)
                    .map(record -> ((ARecord) record).getAddress().getHostAddress()).sorted().toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    /** Polls until the value is {@code expected} or the time is up; returns the last value seen. */
    private static <T> T waitFor(Duration limit, Supplier<T> value, T expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        T seen = value.get();
        while (!seen.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            seen = value.get();
        }
        return seen;
    }

    private static String errorCode(Runnable call, int status) {
        String[] code = new String[1];
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            code[0] = e.awsErrorDetails().errorCode();
        });
        return code[0];
    }

    private static HttpServer backend() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** A port free for both TCP and UDP on the loopback address. */
    private static int freePort() throws Exception {
        while (true) {
            int port;
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = tcp.getLocalPort();
            }
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            try (DatagramSocket udp = new DatagramSocket(address)) {
                return port;
            } catch (java.net.SocketException inUse) {
                // taken for UDP: try another
            }
        }
    }
}
