package io.cloudgate.conformance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTPS GET as a browser makes it to a host name that DNS resolved to {@code address}: SNI names the host and
 * the server's certificate must be trusted and name it.
 */
final class HttpsGet {
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private HttpsGet() {
    }

    static Response get(SSLContext tls, String address, int port, String hostName, String path) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(address, port), 3000);
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, hostName, port, true)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(hostName)));
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + hostName
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A whole Connection: close response with a Content-Length (or none: the body runs to the end). */
    private static Response parse(String raw) throws IOException {
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("incomplete HTTP response: " + raw);
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = raw.substring(end + 4);
        String length = headers.get("content-length");
        if (length != null && body.length() > Integer.parseInt(length)) {
            body = body.substring(0, Integer.parseInt(length));
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }
}
