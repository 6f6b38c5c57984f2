package io.cloudgate.conformance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A small HTTP backend on 127.0.0.1 answering every path with its own name (and /health with "ok"), and echoing
 * the X-Forwarded-Proto it received as X-Seen-Forwarded-Proto: the target of ip-type target groups, whose backends
 * may be any address.
 */
final class LocalBackends implements AutoCloseable {
    private final HttpServer server;
    private final String name;

    private LocalBackends(HttpServer server, String name) {
        this.server = server;
        this.name = name;
    }

    static LocalBackends start(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getPath().equals("/health") ? "ok" : name)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            // What the balancer told the backend about the client's protocol, for TLS-terminating listeners' tests.
            String forwardedProto = exchange.getRequestHeaders().getFirst("X-Forwarded-Proto");
            if (forwardedProto != null) {
                exchange.getResponseHeaders().add("X-Seen-Forwarded-Proto", forwardedProto);
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new LocalBackends(server, name);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
