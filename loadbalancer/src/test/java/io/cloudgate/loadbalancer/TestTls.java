package io.cloudgate.loadbalancer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The kit's certificates and TLS client. A test CA (ca.pem) signed two server certificates, for default.kit.test and
 * other.kit.test, valid for a hundred years; the client trusts that CA alone and checks the server's name.
 */
public final class TestTls {
    public static final String DEFAULT_NAME = "default.kit.test";
    public static final String OTHER_NAME = "other.kit.test";
    private static final String DIRECTORY = "tls/";

    private TestTls() {
    }

    /** "default" or "other": the certificate (chain PEM) and its PKCS#8 key. */
    public static Listener.Certificate certificate(String name) {
        return new Listener.Certificate(resource(name + ".pem"), resource(name + ".key"));
    }

    public static String caPem() {
        return resource("ca.pem");
    }

    /**
     * A TLS connection that sends {@code serverName} as SNI and, when {@code verifyName} is set, requires the
     * server's certificate to name it (as HTTPS clients do).
     */
    public static SSLSocket connect(String address, int port, String serverName, boolean verifyName)
            throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(address, port), 2000);
        SSLSocket socket = (SSLSocket) trustingCa().getSocketFactory().createSocket(plain, serverName, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setServerNames(List.of(new SNIHostName(serverName)));
        if (verifyName) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(10_000);
        socket.startHandshake();
        return socket;
    }

    /** The subject of the certificate the server presented on this connection. */
    public static String peerSubject(SSLSocket socket) throws IOException {
        return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
    }

    private static SSLContext trustingCa() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("kit-ca", CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(caPem().getBytes(StandardCharsets.US_ASCII))));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot trust the kit's CA", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TestTls.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIRECTORY + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
