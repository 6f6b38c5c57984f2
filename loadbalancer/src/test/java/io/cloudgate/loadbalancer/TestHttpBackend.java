package io.cloudgate.loadbalancer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing for a member: answers with its name (body and X-Backend header) and records the
 * headers each request arrived with. {@code /slow?ms=N} waits before answering, {@code /app-cookie} sets the
 * application cookie {@code SESSIONID}; it can be stopped and started again on the same address and port.
 */
public final class TestHttpBackend implements AutoCloseable {
    public record Arrival(String path, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final String name;
    private final String address;
    private final int port;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer server;

    public TestHttpBackend(String name, String address) {
        this.name = name;
        this.address = address;
        this.server = create(new InetSocketAddress(address, 0));
        this.port = server.getAddress().getPort();
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public int port() {
        return port;
    }

    public Pool.Member member() {
        return new Pool.Member(name, address, port);
    }

    public List<Arrival> arrivals() {
        return arrivals;
    }

    public synchronized void stop() {
        server.stop(0);
    }

    public synchronized void start() {
        server = create(new InetSocketAddress(address, port));
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private HttpServer create(InetSocketAddress socket) {
        try {
            HttpServer created = HttpServer.create(socket, 50);
            created.createContext("/", this::answer);
            created.setExecutor(executor);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/health")) {
            arrivals.add(new Arrival(exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders())));
        }
        exchange.getRequestBody().readAllBytes();
        if (path.equals("/slow")) {
            String query = exchange.getRequestURI().getQuery();
            sleep(Long.parseLong(query.substring(query.indexOf('=') + 1)));
        }
        if (path.equals("/app-cookie")) {
            exchange.getResponseHeaders().add("Set-Cookie", "SESSIONID=s-" + name + "; Path=/");
        }
        byte[] body = name.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("X-Backend", name);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
