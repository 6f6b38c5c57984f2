package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** HTTP behaviour of the gateway, seen from a bare socket. */
class GatewayHttpTest {
    private static final String IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";
    private static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start("--max-body-bytes", "2048", "--request-timeout-seconds", "1");
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
        Logger accessLog = (Logger) LoggerFactory.getLogger("cloudgate.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level previous = accessLog.getLevel();
        accessLog.setLevel(Level.INFO);
        accessLog.addAppender(lines);
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(signedIdentityRequest(Map.of()));
            String requestId = http.read().headers().get("x-amzn-requestid");
            assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                    .startsWith(requestId + " /127.0.0.1:")
                    .contains("account=" + accountId(), "service=sts", "operation=GetCallerIdentity", "status=200")
                    .containsPattern("latency_ms=\\d+\\.\\d{3}$"));
        } finally {
            accessLog.detachAppender(lines);
            accessLog.setLevel(previous);
        }
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
