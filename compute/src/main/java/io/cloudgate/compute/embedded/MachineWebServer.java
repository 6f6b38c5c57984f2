package io.cloudgate.compute.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

/**
 * What a machine of the web-server image serves on its loopback address: {@code /health} answers "OK", every
 * other path a page naming the machine and echoing the request line (so a client behind a load balancer sees
 * which machine answered which path). Every answer carries the name in {@code X-Cloudgate-Instance}.
 */
final class MachineWebServer implements AutoCloseable {
    static final String INSTANCE_HEADER = "X-Cloudgate-Instance";

    private final HttpServer server;
    private final String name;
    private final String machineId;
    private final String endpoint;

    private MachineWebServer(HttpServer server, String name, String machineId, String endpoint) {
        this.server = server;
        this.name = name;
        this.machineId = machineId;
        this.endpoint = endpoint;
    }

    static MachineWebServer start(String address, int port, String name, String machineId, Executor executor)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0);
        MachineWebServer web = new MachineWebServer(server, name, machineId, address + ":" + port);
        server.createContext("/", web::answer);
        server.setExecutor(executor);
        server.start();
        return web;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean health = exchange.getRequestURI().getPath().equals("/health");
            byte[] body = (health ? "OK\n" : page(exchange)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    health ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
            exchange.getResponseHeaders().set(INSTANCE_HEADER, name);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private String page(HttpExchange exchange) {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        return "<!DOCTYPE html>\n<html><head><title>" + escape(name) + "</title></head>\n<body>\n<h1>"
                + escape(name) + "</h1>\n<p>Served by machine " + escape(machineId) + " on " + endpoint + "</p>\n"
                + "<p>Request: " + escape(exchange.getRequestMethod()) + " " + escape(target) + "</p>\n"
                + "</body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
