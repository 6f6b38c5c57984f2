package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudgate.cloudstack.client.CloudStackCredentials;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.DiskOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.ServiceOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Template;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful stand-in for a CloudStack management server on 127.0.0.1: {@code GET /client/api} with signed
 * parameters, the commands the compute adapter sends, answers shaped as the recorded ones. Two zones with security
 * groups and Elastic IP, each with one shared guest network, then an advanced zone without security groups where
 * VPCs live; a featured x86_64 and aarch64 template in all three.
 * Time is the given clock's: jobs end and VMs change state as it moves.
 */
public final class FakeCloudStack implements AutoCloseable {
    public static final CloudStackCredentials KEYS = new CloudStackCredentials("fake-admin-api-key",
            "fake-admin-secret-key");
    public static final String DOMAIN_ID = FakeState.DOMAIN_ID;

    private final FakeState state;
    private final Map<String, FakeCommand> commands = new HashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private FakeCloudStack(Clock clock, FakeLimits limits) throws IOException {
        this.state = new FakeState(clock, limits);
        catalog();
        FakeRenderCompute render = new FakeRenderCompute(state);
        new FakeCatalogCommands(state).register(commands);
        new FakeTemplateCommands(state, render).register(commands);
        new FakeVmCommands(state, render).register(commands);
        new FakeVolumeCommands(state, render).register(commands);
        new FakeGroupCommands(state).register(commands);
        new FakeAddressCommands(state).register(commands);
        new FakeVpcCommands(state).register(commands);
        new FakeStatsCommands(state).register(commands);
        commands.put("queryAsyncJobResult", r -> FakeRender.job(state.jobs.poll(r)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/client/api", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeCloudStack start(Clock clock, FakeLimits limits) {
        try {
            return new FakeCloudStack(clock, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/client/api");
    }

    /** Creates an account in the fake's one domain, with its default security group. */
    public void createAccount(String name) {
        synchronized (state) {
            state.createAccount(name);
        }
    }

    /** Runs another CloudStack version than the recorded server's 4.21.0.0 (e.g. "4.16.1.0"). */
    public void runVersion(String version) {
        synchronized (state) {
            state.version = version;
        }
    }

    /** How many requests of the command the fake has been sent. */
    public int requests(String command) {
        AtomicInteger count = requests.get(command);
        return count == null ? 0 : count.get();
    }

    /** The commands the fake answers. */
    java.util.Set<String> commands() {
        return java.util.Set.copyOf(commands.keySet());
    }

    private void catalog() {
        state.zones.add(new Zone(FakeState.newId(), "fake-zone-a", FakeState.newId(), "172.31.0.0/20", "172.31.0.1",
                "203.0.113.", true));
        state.zones.add(new Zone(FakeState.newId(), "fake-zone-b", FakeState.newId(), "172.31.16.0/20",
                "172.31.16.1", "198.51.100.", true));
        state.zones.add(new Zone(FakeState.newId(), "fake-vpc-zone", null, null, null, "192.0.2.", false));
        state.serviceOfferings.add(new ServiceOffering(FakeState.newId(), "Micro Instance", 2, 1024));
        state.serviceOfferings.add(new ServiceOffering(FakeState.newId(), "Small Instance", 2, 2048));
        state.serviceOfferings.add(new ServiceOffering(FakeState.newId(), "Large Instance", 8, 32768));
        state.diskOfferings.add(new DiskOffering(FakeState.newId(), "Small", 5, false, false));
        state.diskOfferings.add(new DiskOffering(FakeState.newId(), "Standard", 0, true, false));
        state.diskOfferings.add(new DiskOffering(FakeState.newId(), "Performance", 0, true, false));
        state.diskOfferings.add(new DiskOffering(FakeState.newId(), "Provisioned IOPS", 0, true, true));
        builtin("Ubuntu 24.04 (x86_64)", "x86_64");
        builtin("Ubuntu 24.04 (aarch64)", "aarch64");
    }

    private void builtin(String name, String arch) {
        Template template = new Template();
        template.id = FakeState.newId();
        template.name = name;
        template.displayText = name;
        template.isPublic = true;
        template.featured = true;
        template.arch = arch;
        template.size = 8 * FakeState.GIB;
        template.ready = true;
        template.created = state.now();
        state.zones.forEach(zone -> template.zoneIds.add(zone.id()));
        state.templates.put(template.id, template);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> params = parse(exchange.getRequestURI().getRawQuery());
        String command = params.getOrDefault("command", "");
        requests.computeIfAbsent(command, c -> new AtomicInteger()).incrementAndGet();
        int status;
        ObjectNode body = FakeRender.JSON.createObjectNode();
        try {
            status = 200;
            body.set(command.toLowerCase(Locale.ROOT) + "response", answer(command, params));
        } catch (RuntimeException e) {
            FakeApiError failure = e instanceof FakeApiError api ? api
                    : new FakeApiError(530, 4250, "Fake server failure: " + e);
            status = failure.code;
            ObjectNode error = FakeRender.JSON.createObjectNode();
            error.putArray("uuidList");
            error.put("errorcode", status);
            if (failure.csCode != null) {
                error.put("cserrorcode", failure.csCode);
            }
            error.put("errortext", failure.getMessage());
            String envelope = commands.containsKey(command) ? command.toLowerCase(Locale.ROOT) + "response"
                    : "errorresponse";
            body = FakeRender.JSON.createObjectNode();
            body.set(envelope, error);
        }
        byte[] bytes = FakeRender.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private ObjectNode answer(String command, Map<String, String> params) {
        if (!KEYS.apiKey().equals(params.get("apiKey")) || !FakeSignature.verifies(KEYS.secretKey(), params)) {
            throw FakeApiError.unauthorized();
        }
        FakeCommand handler = commands.get(command);
        if (handler == null || !"json".equals(params.get("response"))) {
            throw FakeApiError.unauthorized();
        }
        synchronized (state) {
            state.jobs.advance();
            return handler.run(new FakeRequest(command, params, state));
        }
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
