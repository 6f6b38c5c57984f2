package io.cloudgate.loadbalancer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Plumbing of the compatibility kit: one data plane per test class, fresh 127.0.x.y addresses and ports per test,
 * real backends closed after each test, and builders for short-interval configurations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DataPlaneKitSupport {
    /** Short enough for quick tests; timeouts and thresholds leave room for a loaded CI machine's pauses. */
    protected static final Duration INTERVAL = Duration.ofMillis(300);
    private static final Duration CHECK_TIMEOUT = Duration.ofMillis(280);
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final int subnet = ThreadLocalRandom.current().nextInt(10, 250);
    private final List<AutoCloseable> resources = new ArrayList<>();
    protected DataPlane dataPlane;

    /** A new data plane of the adapter under test; closed after the class. */
    protected abstract DataPlane createDataPlane();

    /** The port a client connects to for a listener configured on {@code listenerPort} (adapters may offset it). */
    protected int clientPort(int listenerPort) {
        return listenerPort;
    }

    @BeforeAll
    final void startDataPlane() {
        dataPlane = createDataPlane();
    }

    @AfterAll
    final void closeDataPlane() {
        dataPlane.close();
    }

    @AfterEach
    final void closeResources() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        resources.clear();
    }

    /**
     * Whether an idle keep-alive client connection keeps working across apply(). An adapter that reloads a separate
     * process (HAProxy) leaves idle connections with the old worker, which closes them; clients reconnect, so such an
     * adapter is held only to "a new connection sees the new configuration".
     */
    protected boolean keepsIdleConnectionsAcrossApply() {
        return true;
    }

    /**
     * Whether a pool whose members are all unhealthy still sends them traffic, as AWS's balancers do. An adapter that
     * cannot (HAProxy answers 503 once every server is down) is held to "the client gets the balancer's error".
     */
    protected boolean failsOpenWhenAllMembersAreUnhealthy() {
        return true;
    }

    protected String freshAddress() {
        return "127.0." + subnet + "." + (NEXT.getAndIncrement() % 250 + 2);
    }

    protected String freshBalancerId() {
        return "kit-" + NEXT.getAndIncrement();
    }

    protected static int freePort(String address) {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected TestHttpBackend backend(String name) {
        TestHttpBackend backend = new TestHttpBackend(name, freshAddress());
        resources.add(backend);
        return backend;
    }

    protected TestTcpServer tcpServer(String name, TestTcpServer.Behaviour behaviour) {
        TestTcpServer server = new TestTcpServer(name, freshAddress(), behaviour);
        resources.add(server);
        return server;
    }

    /** Removes the balancer after the test even when it fails. */
    protected void applyAndTrack(BalancerConfig config) {
        dataPlane.apply(config);
        resources.add(() -> dataPlane.remove(config.id()));
    }

    protected static Pool.HealthCheck httpCheck() {
        return new Pool.HealthCheck(Listener.Protocol.HTTP, null, "/health", "200", INTERVAL, CHECK_TIMEOUT,
                2, 3);
    }

    protected static Pool.HealthCheck tcpCheck() {
        return new Pool.HealthCheck(Listener.Protocol.TCP, null, null, null, INTERVAL, CHECK_TIMEOUT, 2, 3);
    }

    protected static Pool httpPool(String id, List<Pool.Member> members) {
        return new Pool(id, Listener.Protocol.HTTP, members, httpCheck(), Pool.Algorithm.ROUND_ROBIN, null,
                Duration.ofSeconds(3));
    }

    protected static Pool stickyPool(String id, List<Pool.Member> members, Pool.Stickiness stickiness) {
        return new Pool(id, Listener.Protocol.HTTP, members, httpCheck(), Pool.Algorithm.ROUND_ROBIN, stickiness,
                Duration.ofSeconds(3));
    }

    protected static Action.Forward forwardTo(String poolId) {
        return new Action.Forward(List.of(new Action.WeightedPool(poolId, 1)), null);
    }

    protected static Listener httpListener(String address, int port, List<Rule> rules, Action defaultAction) {
        return new Listener("http-" + port, address, port, Listener.Protocol.HTTP, Duration.ofSeconds(5), "http",
                rules, defaultAction);
    }

    protected static List<Pool.Member> members(TestHttpBackend... backends) {
        return List.of(backends).stream().map(TestHttpBackend::member).toList();
    }

    protected void awaitState(String balancerId, String memberId, MemberHealth.State state) {
        await(() -> dataPlane.health(balancerId).stream()
                        .anyMatch(h -> h.memberId().equals(memberId) && h.state() == state),
                memberId + " to become " + state + " in " + dataPlane.health(balancerId));
    }

    protected void awaitAllHealthy(String balancerId, int expected) {
        await(() -> dataPlane.health(balancerId).stream()
                        .filter(h -> h.state() == MemberHealth.State.HEALTHY).count() == expected,
                expected + " healthy members");
    }

    protected static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
