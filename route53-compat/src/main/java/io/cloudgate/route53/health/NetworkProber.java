package io.cloudgate.route53.health;

import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Probes endpoints over the network as Route 53's checkers do: TCP checks must connect within ten seconds;
 * HTTP(S) checks are delegated to {@link HttpProbe}.
 */
final class NetworkProber implements EndpointProber, AutoCloseable {
    static final Duration TCP_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final String UNREACHABLE = ". The endpoint or the internet connection is down, or requests"
            + " are being blocked by your firewall.";

    private final HttpProbe http = new HttpProbe();

    @Override
    public ProbeResult probe(CheckConfig config) {
        String host = config.targetHost();
        try {
            if (CheckTypes.TCP.equals(config.type())) {
                return tcp(host, config.port());
            }
            return http.probe(config, localAddressTowards(host, config.port()));
        } catch (IOException e) {
            return ProbeResult.failure(describe(e), localAddressTowards(host, config.port()));
        }
    }

    private static ProbeResult tcp(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) TCP_CONNECT_TIMEOUT.toMillis());
            return ProbeResult.success("TCP connection established", socket.getLocalAddress().getHostAddress());
        }
    }

    /** AWS-style wording for the ways a probe fails to get an answer. */
    static String describe(IOException e) {
        if (e instanceof UnknownHostException) {
            return "DNS resolution failed: the domain name could not be resolved to an IP address.";
        }
        if (e instanceof HttpConnectTimeoutException || e instanceof SocketTimeoutException) {
            return "Connection timed out" + UNREACHABLE;
        }
        if (e instanceof HttpTimeoutException) {
            return "The endpoint did not respond within the timeout (2 seconds after connecting).";
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return "Connection refused" + UNREACHABLE;
        }
        if (e instanceof NoRouteToHostException) {
            return "No route to host" + UNREACHABLE;
        }
        if (e instanceof SSLException) {
            return "SSL alert handshake_failure (" + e.getMessage() + ")";
        }
        return "Connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The local address probes to the host leave from; connecting a datagram socket sends nothing. */
    private static String localAddressTowards(String host, int port) {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(host, port));
            InetAddress local = socket.getLocalAddress();
            if (!local.isAnyLocalAddress()) {
                return local.getHostAddress();
            }
        } catch (IOException | IllegalArgumentException e) {
            // unresolvable or unroutable: fall back to the loopback address below
        }
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    @Override
    public void close() {
        http.close();
    }
}
