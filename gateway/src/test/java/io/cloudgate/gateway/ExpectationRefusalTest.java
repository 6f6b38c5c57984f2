package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests refused on their Expect header alone are still answered in the service's error envelope. */
class ExpectationRefusalTest {
    private static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start("--max-body-bytes", "2048");
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void oversizedBodyAnnouncedWithExpectContinueIsRefusedBeforeItIsSent() throws Exception {
        String form = "Action=GetCallerIdentity&Version=2011-06-15&Padding=" + "x".repeat(4096);
        String request = signed(form, "100-continue");
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(request.substring(0, request.indexOf("\r\n\r\n") + 4));
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).contains("<ErrorResponse").contains("<Code>RequestEntityTooLarge</Code>")
                    .contains("https://sts.amazonaws.com/doc/2011-06-15/");
            assertThat(http.closedByServer()).isTrue();
        }
    }

    @Test
    void unsupportedExpectationIsRefusedInTheServiceEnvelope() throws Exception {
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send(signed("Action=GetCallerIdentity&Version=2011-06-15", "kaboom"));
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(417);
            assertThat(response.body()).contains("<Code>ExpectationFailed</Code>")
                    .contains("https://sts.amazonaws.com/doc/2011-06-15/");
        }
    }

    private static String signed(String form, String expectation) {
        return Signing.stsFormRequest(gateway.port(), form, gateway.accessKeyId(), gateway.secret(),
                Map.of("Expect", expectation));
    }
}
