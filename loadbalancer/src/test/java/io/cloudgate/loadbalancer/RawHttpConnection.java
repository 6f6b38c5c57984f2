package io.cloudgate.loadbalancer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client on one socket, so that tests control every header (Host included) and can see whether
 * several requests share a connection.
 */
public final class RawHttpConnection implements AutoCloseable {
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.getFirst();
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public RawHttpConnection(String address, int port) throws IOException {
        this(connect(address, port));
    }

    /** Over a socket already connected (e.g. a TLS socket from {@link TestTls}). */
    public RawHttpConnection(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    private static Socket connect(String address, int port) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(address, port), 2000);
        return plain;
    }

    public static Response get(String address, int port, String path, String... headerLines) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(address, port)) {
            return connection.send("GET", path, headerLines);
        }
    }

    public Socket socket() {
        return socket;
    }

    /** @param headerLines "Name: value" lines; Host defaults to the connected address */
    public Response send(String method, String path, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        boolean hostGiven = false;
        for (String line : headerLines) {
            hostGiven |= line.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(line).append("\r\n");
        }
        if (!hostGiven) {
            request.append("Host: ").append(socket.getInetAddress().getHostAddress()).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return read(method.equals("HEAD"));
    }

    private Response read(boolean head) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> length = headers.get("content-length");
        List<String> encoding = headers.get("transfer-encoding");
        if (head || status == 204 || status == 304) {
            return new Response(status, headers, "");
        } else if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length.getFirst())));
        } else if (encoding != null && encoding.getFirst().equalsIgnoreCase("chunked")) {
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
