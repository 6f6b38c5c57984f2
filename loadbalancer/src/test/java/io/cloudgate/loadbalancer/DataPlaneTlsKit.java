package io.cloudgate.loadbalancer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kit's TLS cases: HTTPS listeners terminate TLS with the listener's certificates (chosen by SNI) and forward
 * plain HTTP; SSL listeners (TCP with TLS) relay the decrypted bytes. See {@link DataPlaneCompatibilityKit}.
 */
public abstract class DataPlaneTlsKit extends DataPlaneKitSupport {

    @Test
    void httpsListenerAnswersTlsClientsAndForwardsPlainHttpWithForwardedProtoHttps() throws Exception {
        TestHttpBackend a = backend("a");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpsListener(address, port, TestTls.certificate("default"))),
                List.of(httpPool("web", members(a)))));

        try (RawHttpConnection connection = new RawHttpConnection(
                TestTls.connect(address, clientPort(port), TestTls.DEFAULT_NAME, true))) {
            for (int i = 0; i < 2; i++) {
                RawHttpConnection.Response response = connection.send("GET", "/secure/" + i,
                        "Host: " + TestTls.DEFAULT_NAME);
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("a");
            }
        }
        TestHttpBackend.Arrival arrival = a.arrivals().getLast();
        assertThat(arrival.path()).isEqualTo("/secure/1");
        assertThat(arrival.header("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(arrival.header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
        assertThat(arrival.header("Host")).isEqualTo(TestTls.DEFAULT_NAME);

        int arrived = a.arrivals().size();
        // Plain HTTP on a TLS port is not a request: whatever the client sees, nothing reaches the member.
        plainGet(address, clientPort(port));
        assertThat(a.arrivals()).hasSize(arrived);
    }

    @Test
    void sniChoosesTheCertificateNamingTheServerAndTheFirstIsTheDefault() throws Exception {
        TestHttpBackend a = backend("a");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpsListener(address, port,
                TestTls.certificate("default"), TestTls.certificate("other"))), List.of(httpPool("web", members(a)))));

        try (SSLSocket other = TestTls.connect(address, clientPort(port), TestTls.OTHER_NAME, true)) {
            assertThat(TestTls.peerSubject(other)).isEqualTo("CN=" + TestTls.OTHER_NAME);
            assertThat(new RawHttpConnection(other).send("GET", "/sni").body()).isEqualTo("a");
        }
        try (SSLSocket unknown = TestTls.connect(address, clientPort(port), "unknown.kit.test", false)) {
            assertThat(TestTls.peerSubject(unknown)).isEqualTo("CN=" + TestTls.DEFAULT_NAME);
        }
    }

    @Test
    void sslListenerRelaysDecryptedBytesToTheMember() throws Exception {
        TestTcpServer echo = tcpServer("echo", TestTcpServer.Behaviour.ECHO);
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Listener ssl = new Listener("ssl-" + port, address, port, Listener.Protocol.TCP, Duration.ofSeconds(5), null,
                List.of(), forwardTo("echo"), new Listener.Tls(List.of(TestTls.certificate("default"))));
        applyAndTrack(new BalancerConfig(id, List.of(ssl), List.of(new Pool("echo", Listener.Protocol.TCP,
                List.of(echo.member()), tcpCheck(), Pool.Algorithm.ROUND_ROBIN, null, Duration.ZERO))));

        try (SSLSocket socket = TestTls.connect(address, clientPort(port), TestTls.DEFAULT_NAME, true)) {
            socket.getOutputStream().write("ping over tls".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] back = socket.getInputStream().readNBytes("ping over tls".length());
            assertThat(new String(back, StandardCharsets.US_ASCII)).isEqualTo("ping over tls");
        }
    }

    @Test
    void certificatesThatCannotServeAreAnInvalidConfigurationAndNothingIsBound() {
        TestHttpBackend a = backend("a");
        String address = freshAddress();
        int port = freePort(address);
        Listener.Certificate mismatched = new Listener.Certificate(TestTls.certificate("default").chainPem(),
                TestTls.certificate("other").privateKeyPem());
        Listener.Certificate broken = new Listener.Certificate(
                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
                TestTls.certificate("default").privateKeyPem());
        for (Listener.Certificate certificate : List.of(mismatched, broken)) {
            String id = freshBalancerId();
            assertThatThrownBy(() -> applyAndTrack(new BalancerConfig(id,
                    List.of(httpsListener(address, port, certificate)), List.of(httpPool("web", members(a))))))
                    .isInstanceOfSatisfying(DataPlaneException.class,
                            e -> assertThat(e.kind()).isEqualTo(DataPlaneException.Kind.INVALID_CONFIGURATION));
            assertThatThrownBy(() -> TestTls.connect(address, clientPort(port), TestTls.DEFAULT_NAME, true))
                    .isInstanceOf(ConnectException.class);
        }
    }

    protected static Listener httpsListener(String address, int port, Listener.Certificate... certificates) {
        return new Listener("https-" + port, address, port, Listener.Protocol.HTTP, Duration.ofSeconds(5), "https",
                List.of(), forwardTo("web"), new Listener.Tls(List.of(certificates)));
    }

    /** A plain GET; an error answer, a closed connection or a reset are all what a TLS port may give it. */
    private static void plainGet(String address, int port) {
        try {
            RawHttpConnection.get(address, port, "/plain");
        } catch (IOException | RuntimeException e) {
            // expected for most servers: the bytes were not a TLS ClientHello
        }
    }
}
