package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import io.cloudgate.loadbalancer.RawHttpConnection;
import io.cloudgate.loadbalancer.Rule;
import io.cloudgate.loadbalancer.TestHttpBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Reloads leave requests in flight and new connections alone. */
@EnabledIf(HaproxyFixture.INSTALLED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HaproxyReloadTest {
    private static final String ADDRESS = "127.0.77.";
    private HaproxyDataPlane dataPlane;

    @BeforeAll
    void start() {
        dataPlane = HaproxyFixture.start();
    }

    @AfterAll
    void stop() {
        dataPlane.close();
    }

    @Test
    void aLongRequestInFlightSurvivesReloads() throws Exception {
        try (TestHttpBackend a = new TestHttpBackend("a", ADDRESS + "2");
             TestHttpBackend b = new TestHttpBackend("b", ADDRESS + "3")) {
            String address = ADDRESS + "10";
            int port = freePort(address);
            dataPlane.apply(config("slow", List.of(listener(address, port, List.of())), pool("web", a)));

            CompletableFuture<RawHttpConnection.Response> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return RawHttpConnection.get(address, port, "/slow?ms=1500");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitArrival(a);
            Rule toB = new Rule(1, List.of(new Condition.PathPattern(List.of("/b"))), forward("other"));
            dataPlane.apply(config("slow", List.of(listener(address, port, List.of(toB))), pool("web", a), pool("other", b)));
            int otherPort = freePort(address);
            dataPlane.apply(config("slow", List.of(listener(address, port, List.of(toB)),
                    listener(address, otherPort, List.of())), pool("web", a), pool("other", b)));

            assertThat(RawHttpConnection.get(address, port, "/b").body()).isEqualTo("b");
            RawHttpConnection.Response finished = slow.get();
            assertThat(finished.status()).isEqualTo(200);
            assertThat(finished.body()).isEqualTo("a");
            dataPlane.remove("slow");
        }
    }

    @Test
    void newConnectionsDuringReloadsAreAllAnswered() throws Exception {
        try (TestHttpBackend a = new TestHttpBackend("a", ADDRESS + "4")) {
            String address = ADDRESS + "11";
            int port = freePort(address);
            dataPlane.apply(config("busy", List.of(listener(address, port, List.of())), pool("web", a)));
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<String> failures = new ArrayList<>();
            Thread client = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    try {
                        if (RawHttpConnection.get(address, port, "/").status() == 200) {
                            answered.incrementAndGet();
                        }
                    } catch (IOException e) {
                        synchronized (failures) {
                            failures.add(e.toString());
                        }
                    }
                }
            });
            for (int reload = 0; reload < 4; reload++) {
                Rule rule = new Rule(1, List.of(new Condition.PathPattern(List.of("/r" + reload))),
                        new Action.FixedResponse(200, null, "r" + reload));
                dataPlane.apply(config("busy", List.of(listener(address, port, List.of(rule))), pool("web", a)));
            }
            running.set(false);
            client.join();
            assertThat(failures).isEmpty();
            assertThat(answered.get()).isGreaterThan(10);
            // Counters live in each worker; a retiring one is read until its runtime socket closes, so at most the
            // few requests it finishes after that go uncounted.
            assertThat(dataPlane.statistics("busy").requests()).isBetween(answered.get() * 9L / 10, answered.get() + 1L);
            dataPlane.remove("busy");
        }
    }

    private static BalancerConfig config(String id, List<Listener> listeners, Pool... pools) {
        return new BalancerConfig(id, listeners, List.of(pools));
    }

    private static Listener listener(String address, int port, List<Rule> rules) {
        return new Listener("l" + port, address, port, Listener.Protocol.HTTP, Duration.ofSeconds(10), "http", rules,
                forward("web"));
    }

    private static Action.Forward forward(String pool) {
        return new Action.Forward(List.of(new Action.WeightedPool(pool, 1)), null);
    }

    private static Pool pool(String id, TestHttpBackend backend) {
        Pool.HealthCheck check = new Pool.HealthCheck(Listener.Protocol.HTTP, null, "/health", "200",
                Duration.ofMillis(500), Duration.ofMillis(300), 2, 2);
        return new Pool(id, Listener.Protocol.HTTP, List.of(backend.member()), check, Pool.Algorithm.ROUND_ROBIN,
                null, Duration.ofSeconds(5));
    }

    private static void awaitArrival(TestHttpBackend backend) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (backend.arrivals().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(backend.arrivals()).isNotEmpty();
    }

    private static int freePort(String address) throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return probe.getLocalPort();
        }
    }
}
