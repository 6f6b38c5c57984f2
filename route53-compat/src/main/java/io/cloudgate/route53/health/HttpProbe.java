package io.cloudgate.route53.health;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * An HTTP(S) probe as Route 53 makes it: connect within four seconds, a 2xx or 3xx status within two seconds
 * more (redirects are not followed), and for string matching the search string within the first 5,120 bytes of
 * the body. Certificates are not validated, as AWS's checkers do not fail a check for an invalid certificate; this
 * trust-all context is used for health probes only.
 */
final class HttpProbe implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(4);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);
    static final int SEARCH_BYTES = 5120;
    private static final String USER_AGENT = "Amazon-Route53-Health-Check-Service (ref "
            + UUID.randomUUID() + "; report http://amzn.to/1vsZADi)";
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(CONNECT_TIMEOUT)
            .sslContext(trustAll())
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    /** Sends one GET; throws IOException when no HTTP answer arrived in time. */
    ProbeResult probe(CheckConfig config, String checkerIp) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri(config))
                .timeout(CONNECT_TIMEOUT.plus(RESPONSE_TIMEOUT))
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            String statusText = "HTTP Status Code " + status + (REASONS.containsKey(status)
                    ? ", " + REASONS.get(status) : "");
            if (status < 200 || status >= 400) {
                return ProbeResult.failure(statusText, checkerIp);
            }
            if (!CheckTypes.STRING_MATCH.contains(config.type())) {
                return ProbeResult.success(statusText, checkerIp);
            }
            String head = new String(body.readNBytes(SEARCH_BYTES), StandardCharsets.UTF_8);
            if (head.contains(config.searchString())) {
                return ProbeResult.success(statusText + ". Search string found", checkerIp);
            }
            return ProbeResult.failure(statusText + ". The search string was not found in the first "
                    + SEARCH_BYTES + " bytes of the response body", checkerIp);
        }
    }

    private static URI uri(CheckConfig config) throws IOException {
        String scheme = CheckTypes.TLS.contains(config.type()) ? "https" : "http";
        String host = config.targetHost();
        String authority = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + config.port();
        String path = config.resourcePath() == null ? "/" : config.resourcePath();
        try {
            return new URI(scheme + "://" + authority + (path.startsWith("/") ? path : "/" + path));
        } catch (URISyntaxException e) {
            throw new IOException("The resource path is not a valid URI path: " + path, e);
        }
    }

    private static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new X509ExtendedTrustManager[] {new AcceptingTrustManager()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /**
     * Accepts every server certificate and host name: health probes check reachability, not identity. Every
     * check method is deliberately empty (accepting); host name checking lives in these methods too, so the
     * client performs none.
     */
    private static final class AcceptingTrustManager extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
