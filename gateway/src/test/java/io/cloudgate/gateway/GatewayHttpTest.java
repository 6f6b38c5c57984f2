package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP behaviour of the gateway, seen from a bare socket. */
class GatewayHttpTest {
    private static final String IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";
    private static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start("--max-body-bytes", "2048", "--request-timeout-seconds", "1",
                "--idle-timeout-seconds", "2");
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void keepAliveConnectionAnswersSeveralRequestsEachWithItsOwnRequestId() throws Exception {
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(signedIdentityRequest(Map.of()));
            RawHttp.Response first = http.read();
            http.send(signedIdentityRequest(Map.of()));
            RawHttp.Response second = http.read();
            for (RawHttp.Response response : new RawHttp.Response[] {first, second}) {
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).contains("<Account>" + accountId() + "</Account>");
                String requestId = response.headers().get("x-amzn-requestid");
                assertThat(response.headers().get("x-amz-request-id")).isEqualTo(requestId);
                assertThat(response.body()).contains("<RequestId>" + requestId + "</RequestId>");
            }
            assertThat(first.headers().get("x-amzn-requestid")).isNotEqualTo(second.headers().get("x-amzn-requestid"));
        }
    }

    @Test
    void everyRequestLeavesOneAccessLogLine() throws Exception {
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(signedIdentityRequest(Map.of()));
            String requestId = http.read().headers().get("x-amzn-requestid");
            assertThat(accessLogLines(requestId)).singleElement().satisfies(line -> assertThat(line)
                    .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z " + requestId
                            + " /127\\.0\\.0\\.1:\\d+ .*")
                    .contains("account=" + accountId(), "service=sts", "operation=GetCallerIdentity", "status=200")
                    .containsPattern("latency_ms=\\d+\\.\\d{3}$"));
        }
    }

    /** The lines of the data directory's access log that name the request, once they are written (within a second). */
    private static List<String> accessLogLines(String requestId) throws Exception {
        Path file = gateway.dataDir().resolve("access.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<String> lines = List.of();
        while (lines.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            lines = Files.readAllLines(file).stream().filter(line -> line.contains(requestId)).toList();
        }
        return lines;
    }

    @Test
    void expectContinueIsHonouredBeforeTheBodyIsSent() throws Exception {
        String request = signedIdentityRequest(Map.of("Expect", "100-continue"));
        int split = request.indexOf("\r\n\r\n") + 4;
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(request.substring(0, split));
            RawHttp.Response interim = http.read();
            assertThat(interim.status()).isEqualTo(100);
            http.send(request.substring(split));
            assertThat(http.read().status()).isEqualTo(200);
        }
    }

    @Test
    void oversizedBodyIsRefusedInTheServiceEnvelope() throws Exception {
        String form = IDENTITY + "&Padding=" + "x".repeat(4096);
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(Signing.stsFormRequest(gateway.port(), form, gateway.accessKeyId(), gateway.secret(), Map.of()));
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).contains("<ErrorResponse").contains("<Code>RequestEntityTooLarge</Code>")
                    .contains("https://sts.amazonaws.com/doc/2011-06-15/");
        }
    }

    @Test
    void requestWhoseBodyStopsArrivingIsAnsweredWithRequestTimeout() throws Exception {
        String request = signedIdentityRequest(Map.of());
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(request.substring(0, request.length() - 10));
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(408);
            assertThat(response.body()).contains("<Code>RequestTimeout</Code>");
            assertThat(http.closedByServer()).isTrue();
        }
    }

    @Test
    void unsignedRequestIsRefusedWithMissingAuthenticationToken() throws Exception {
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send("POST / HTTP/1.1\r\nHost: sts.amazonaws.com\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + IDENTITY.length() + "\r\n\r\n" + IDENTITY);
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).contains("<Code>MissingAuthenticationToken</Code>");
        }
    }

    @Test
    void unknownActionGetsTheServicesInvalidActionError() throws Exception {
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(Signing.stsFormRequest(gateway.port(), "Action=GetEverything&Version=2011-06-15",
                    gateway.accessKeyId(), gateway.secret(), Map.of()));
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("<Code>InvalidAction</Code>")
                    .contains("Could not find operation GetEverything for version 2011-06-15");
        }
    }

    @Test
    void keepAliveConnectionIdleBetweenRequestsIsClosed() throws Exception {
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(signedIdentityRequest(Map.of()));
            assertThat(http.read().status()).isEqualTo(200);
            long start = System.nanoTime();
            assertThat(http.closedByServer()).isTrue();
            assertThat(System.nanoTime() - start).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(1500));
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderSent() throws Exception {
        String unknownAction = Signing.stsFormRequest(gateway.port(), "Action=GetEverything&Version=2011-06-15",
                gateway.accessKeyId(), gateway.secret(), Map.of());
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(signedIdentityRequest(Map.of()) + unknownAction + signedIdentityRequest(Map.of()) + unknownAction);
            assertThat(List.of(http.read().status(), http.read().status(), http.read().status(), http.read().status()))
                    .containsExactly(200, 400, 200, 400);
        }
    }

    @Test
    void garbageRequestLineGetsABadRequest() throws Exception {
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send("\u0001\u0002 GARBAGE\r\n\r\n");
            RawHttp.Response response = http.read();
            assertThat(response.status()).isBetween(400, 499);
        }
    }

    private static String signedIdentityRequest(Map<String, String> extraHeaders) {
        return Signing.stsFormRequest(gateway.port(), IDENTITY, gateway.accessKeyId(), gateway.secret(), extraHeaders);
    }

    private static String accountId() {
        return gateway.admin.record().accountId();
    }
}
