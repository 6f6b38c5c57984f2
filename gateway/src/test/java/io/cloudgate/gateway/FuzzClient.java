package io.cloudgate.gateway;

import io.cloudgate.gateway.FuzzRequest.Framing;
import io.cloudgate.gateway.FuzzRequest.Header;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A byte-exact HTTP/1.1 client over a socket, for requests no ordinary client would send (wrong Content-Length,
 * raw bytes in paths and headers). Keeps its connection alive between exchanges when it can. An exchange that takes
 * longer than the timeout has its socket closed by a watchdog and counts as a hang.
 */
final class FuzzClient implements AutoCloseable {
    private static final int CHUNK = 4096;

    private final int port;
    private final Duration timeout;
    private final ScheduledExecutorService watchdog;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    FuzzClient(int port, Duration timeout, ScheduledExecutorService watchdog) {
        this.port = port;
        this.timeout = timeout;
        this.watchdog = watchdog;
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A response, or why there is none: "timeout", "closed", or an I/O error. */
    record Result(Response response, String failure) {
    }

    /** A kept-alive connection the server has closed meanwhile is retried once on a new one, as clients do. */
    Result exchange(FuzzRequest request, FuzzSigner.Signed signed) {
        boolean reused = socket != null;
        Result result = attempt(request, signed);
        if (reused && result.response() == null && !result.failure().equals("timeout")) {
            result = attempt(request, signed);
        }
        return result;
    }

    private Result attempt(FuzzRequest request, FuzzSigner.Signed signed) {
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> alarm = null;
        try {
            connect();
            Socket current = socket;
            alarm = watchdog.schedule(() -> {
                fired.set(true);
                closeQuietly(current);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            Response response = send(request, signed);
            boolean keep = request.framing().equals(Framing.NORMAL)
                    && !"close".equalsIgnoreCase(response.header("connection"));
            if (!keep) {
                close();
            }
            return new Result(response, null);
        } catch (IOException | RuntimeException e) {
            close();
            String failure = fired.get() || e instanceof SocketTimeoutException ? "timeout"
                    : e instanceof ServerClosed ? "closed" : "io: " + e;
            return new Result(null, failure);
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
        }
    }

    private Response send(FuzzRequest request, FuzzSigner.Signed signed) throws IOException {
        Framing framing = request.framing();
        byte[] body = request.body();
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(signed.target())
                .append(" HTTP/1.1\r\n");
        for (Header header : signed.headers()) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        if (framing.chunked()) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (framing.declaredLength() != null) {
            head.append("Content-Length: ").append(framing.declaredLength()).append("\r\n");
        } else if (body.length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (framing.expectContinue()) {
            head.append("Expect: 100-continue\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (framing.expectContinue()) {
            if (!write(headBytes)) {
                return read();
            }
            Response interim = read();
            if (interim.status() != 100) {
                return interim;
            }
            headBytes = new byte[0];
        }
        byte[] payload = framing.chunked() ? chunked(body) : body;
        byte[] message = new byte[headBytes.length + payload.length];
        System.arraycopy(headBytes, 0, message, 0, headBytes.length);
        System.arraycopy(payload, 0, message, headBytes.length, payload.length);
        write(message);
        return read();
    }

    /**
     * Sends bytes; false when the server stopped taking them, which it may do after answering a request it refuses
     * before reading it all (too long, too large). Its answer is what counts, so the caller reads on.
     */
    private boolean write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += CHUNK) {
            int length = Math.min(CHUNK, body.length - offset);
            chunks.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(body, offset, length);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunks.toByteArray();
    }

    /** One response: status line, headers (names lower-cased) and a body by Content-Length, chunks or close. */
    private Response read() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.putIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim());
        }
        String length = headers.get("content-length");
        byte[] body;
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunks();
        } else {
            body = Integer.parseInt(parts[1]) / 100 == 1 ? new byte[0] : in.readAllBytes();
        }
        return new Response(Integer.parseInt(parts[1]), headers, body);
    }

    private byte[] readChunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        line();
        return body.toByteArray();
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new ServerClosed();
            }
            if (b != '\r') {
                buffer.write(b);
            }
        }
        return buffer.toString(StandardCharsets.ISO_8859_1);
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) timeout.toMillis());
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
        socket = null;
    }

    /** The server closed the connection where a response (or the rest of one) was due. */
    private static final class ServerClosed extends IOException {
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already broken; nothing more to release
            }
        }
    }
}
