package io.cloudgate.loadbalancer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit's health, failure, draining, TCP and lifecycle cases; see {@link DataPlaneCompatibilityKit}. */
public abstract class DataPlaneResilienceKit extends DataPlaneTlsKit {

    @Test
    void aStoppedMemberBecomesUnhealthyGetsNoTrafficAndComesBack() throws Exception {
        TestHttpBackend a = backend("a");
        TestHttpBackend b = backend("b");
        TestHttpBackend c = backend("c");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), forwardTo("web"))),
                List.of(httpPool("web", members(a, b, c)))));
        awaitAllHealthy(id, 3);

        b.stop();
        awaitState(id, "b", MemberHealth.State.UNHEALTHY);
        assertThat(dataPlane.health(id)).filteredOn(h -> h.memberId().equals("b"))
                .singleElement().satisfies(h -> assertThat(h.reason()).isNotBlank());
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            RawHttpConnection.Response response = RawHttpConnection.get(address, clientPort(port), "/");
            assertThat(response.status()).isEqualTo(200);
            answeredBy.add(response.body());
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("a", "c");

        b.start();
        awaitState(id, "b", MemberHealth.State.HEALTHY);
        await(() -> {
            try {
                return RawHttpConnection.get(address, clientPort(port), "/").body().equals("b");
            } catch (IOException e) {
                return false;
            }
        }, "b to take traffic again");
    }

    @Test
    void resettingAndHangingMembersAreMarkedUnhealthyAndNeverTakeTheProxyDown() throws Exception {
        TestHttpBackend good = backend("good");
        TestTcpServer resetting = tcpServer("resetting", TestTcpServer.Behaviour.RESET);
        TestTcpServer hanging = tcpServer("hanging", TestTcpServer.Behaviour.HANG);
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Listener listener = new Listener("l", address, port, Listener.Protocol.HTTP, Duration.ofMillis(700), "http",
                List.of(new Rule(1, List.of(new Condition.PathPattern(List.of("/reset"))), forwardTo("reset-only")),
                        new Rule(2, List.of(new Condition.PathPattern(List.of("/hang"))), forwardTo("hang-only")),
                        new Rule(3, List.of(new Condition.PathPattern(List.of("/empty"))), forwardTo("empty"))),
                forwardTo("mixed"));
        applyAndTrack(new BalancerConfig(id, List.of(listener), List.of(
                httpPool("mixed", List.of(good.member(), resetting.member(), hanging.member())),
                httpPool("reset-only", List.of(resetting.member())),
                httpPool("hang-only", List.of(hanging.member())),
                httpPool("empty", List.of()))));
        int client = clientPort(port);

        // Pools whose members are all unhealthy fail open, so the failures reach the client as the balancer's own.
        if (failsOpenWhenAllMembersAreUnhealthy()) {
            assertThat(RawHttpConnection.get(address, client, "/reset").status()).isEqualTo(502);
            assertThat(RawHttpConnection.get(address, client, "/hang").status()).isEqualTo(504);
        } else {
            assertThat(RawHttpConnection.get(address, client, "/reset").status()).isIn(502, 503);
            assertThat(RawHttpConnection.get(address, client, "/hang").status()).isIn(504, 503);
        }
        assertThat(RawHttpConnection.get(address, client, "/empty").status()).isEqualTo(503);

        awaitState(id, "good", MemberHealth.State.HEALTHY);
        await(() -> dataPlane.health(id).stream().filter(h -> h.poolId().equals("mixed"))
                .filter(h -> h.state() == MemberHealth.State.UNHEALTHY).count() == 2, "bad members unhealthy");
        for (int i = 0; i < 6; i++) {
            assertThat(RawHttpConnection.get(address, client, "/").body()).isEqualTo("good");
        }
        assertThat(dataPlane.dataPlaneHealth().serving()).isTrue();
        assertThat(dataPlane.statistics(id).balancerResponses5xx()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aDeregisteredMemberFinishesItsInFlightRequestWhileNewOnesGoElsewhere() throws Exception {
        TestHttpBackend old = backend("old");
        TestHttpBackend fresh = backend("fresh");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Listener listener = httpListener(address, port, List.of(), forwardTo("web"));
        applyAndTrack(new BalancerConfig(id, List.of(listener), List.of(httpPool("web", members(old)))));

        CompletableFuture<RawHttpConnection.Response> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return RawHttpConnection.get(address, clientPort(port), "/slow?ms=1500");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        await(() -> old.arrivals().stream().anyMatch(r -> r.path().startsWith("/slow")), "the slow request to arrive");
        dataPlane.apply(new BalancerConfig(id, List.of(listener), List.of(httpPool("web", members(fresh)))));

        assertThat(dataPlane.health(id)).anySatisfy(h -> {
            assertThat(h.memberId()).isEqualTo("old");
            assertThat(h.state()).isEqualTo(MemberHealth.State.DRAINING);
        });
        for (int i = 0; i < 4; i++) {
            assertThat(RawHttpConnection.get(address, clientPort(port), "/").body()).isEqualTo("fresh");
        }
        RawHttpConnection.Response finished = slow.get();
        assertThat(finished.status()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("old");
    }

    @Test
    void tcpListenerRelaysBytesBothWaysWithHalfClose() throws Exception {
        TestTcpServer echo = tcpServer("echo", TestTcpServer.Behaviour.ECHO);
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Pool pool = new Pool("tcp", Listener.Protocol.TCP, List.of(echo.member()), tcpCheck(),
                Pool.Algorithm.ROUND_ROBIN, null, Duration.ofSeconds(1));
        Listener listener = new Listener("tcp", address, port, Listener.Protocol.TCP, Duration.ofSeconds(5), "http",
                List.of(), forwardTo("tcp"));
        applyAndTrack(new BalancerConfig(id, List.of(listener), List.of(pool)));

        for (int round = 0; round < 2; round++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, clientPort(port)), 2000);
                socket.setSoTimeout(5000);
                byte[] payload = ("hello through the balancer " + round).repeat(500).getBytes(StandardCharsets.UTF_8);
                socket.getOutputStream().write(payload);
                socket.shutdownOutput();
                InputStream in = socket.getInputStream();
                assertThat(in.readAllBytes()).isEqualTo(payload);
            }
        }
        assertThat(dataPlane.statistics(id).bytesIn()).isGreaterThan(0);
    }

    @Test
    void applyWithAChangedConfigKeepsAnOpenKeepAliveConnectionWorking() throws Exception {
        TestHttpBackend a = backend("a");
        TestHttpBackend b = backend("b");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        int otherPort = freePort(address);
        Listener listener = httpListener(address, port, List.of(), forwardTo("web"));
        applyAndTrack(new BalancerConfig(id, List.of(listener), List.of(httpPool("web", members(a)))));

        try (RawHttpConnection connection = new RawHttpConnection(address, clientPort(port))) {
            assertThat(connection.send("GET", "/").body()).isEqualTo("a");
            Listener withRule = httpListener(address, port, List.of(new Rule(1,
                    List.of(new Condition.PathPattern(List.of("/b"))), forwardTo("other"))), forwardTo("web"));
            dataPlane.apply(new BalancerConfig(id,
                    List.of(withRule, httpListener(address, otherPort, List.of(), forwardTo("other"))),
                    List.of(httpPool("web", members(a)), httpPool("other", members(b)))));
            if (keepsIdleConnectionsAcrossApply()) {
                assertThat(connection.send("GET", "/").body()).isEqualTo("a");
                assertThat(connection.send("GET", "/b").body()).isEqualTo("b");
            }
        }
        assertThat(RawHttpConnection.get(address, clientPort(port), "/").body()).isEqualTo("a");
        assertThat(RawHttpConnection.get(address, clientPort(port), "/b").body()).isEqualTo("b");
        assertThat(RawHttpConnection.get(address, clientPort(otherPort), "/").body()).isEqualTo("b");
    }

    @Test
    void removeClosesTheListenersAndForgetsTheBalancer() throws Exception {
        TestHttpBackend a = backend("a");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        dataPlane.apply(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), forwardTo("web"))),
                List.of(httpPool("web", members(a)))));
        assertThat(RawHttpConnection.get(address, clientPort(port), "/").status()).isEqualTo(200);

        dataPlane.remove(id);
        assertThatThrownBy(() -> RawHttpConnection.get(address, clientPort(port), "/")).isInstanceOf(ConnectException.class);
        assertThat(dataPlane.health(id)).isEmpty();
        dataPlane.remove(id);
    }

    @Test
    void statisticsGrowWithTraffic() throws Exception {
        TestHttpBackend a = backend("a");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port,
                List.of(new Rule(1, List.of(new Condition.PathPattern(List.of("/none"))), forwardTo("empty"))),
                forwardTo("web"))), List.of(httpPool("web", members(a)), httpPool("empty", List.of()))));
        BalancerStatistics before = dataPlane.statistics(id);

        try (RawHttpConnection connection = new RawHttpConnection(address, clientPort(port))) {
            for (int i = 0; i < 5; i++) {
                connection.send("GET", "/");
            }
            assertThat(connection.send("GET", "/none").status()).isEqualTo(503);
        }
        await(() -> dataPlane.statistics(id).activeConnections() == 0, "the connection to be counted closed");
        BalancerStatistics after = dataPlane.statistics(id);
        assertThat(after.requests() - before.requests()).isEqualTo(6);
        assertThat(after.memberResponses2xx() - before.memberResponses2xx()).isEqualTo(5);
        assertThat(after.balancerResponses5xx() - before.balancerResponses5xx()).isEqualTo(1);
        assertThat(after.connectionsAccepted()).isGreaterThan(before.connectionsAccepted());
        assertThat(after.latencyMicrosTotal()).isGreaterThan(before.latencyMicrosTotal());
        assertThat(after.bytesIn()).isGreaterThan(before.bytesIn());
        assertThat(after.bytesOut()).isGreaterThan(before.bytesOut());
    }

    @Test
    void aListenerOnATakenPortIsRefusedAndAnInconsistentConfigIsInvalid() throws Exception {
        String address = freshAddress();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName(address))) {
            int port = taken.getLocalPort();
            String id = freshBalancerId();
            assertThatThrownBy(() -> dataPlane.apply(new BalancerConfig(id,
                    List.of(httpListener(address, portForListener(port), List.of(), new Action.FixedResponse(200, null, "x"))),
                    List.of()))).isInstanceOfSatisfying(DataPlaneException.class,
                    e -> assertThat(e.kind()).isEqualTo(DataPlaneException.Kind.ADDRESS_IN_USE));
            assertThat(dataPlane.health(id)).isEmpty();
        }
        String id = freshBalancerId();
        assertThatThrownBy(() -> dataPlane.apply(new BalancerConfig(id,
                List.of(httpListener(address, freePort(address), List.of(), forwardTo("missing"))), List.of())))
                .isInstanceOfSatisfying(DataPlaneException.class,
                        e -> assertThat(e.kind()).isEqualTo(DataPlaneException.Kind.INVALID_CONFIGURATION));
    }

    /** The listener port whose client port is the given one (inverse of {@link #clientPort}). */
    private int portForListener(int clientPort) {
        return clientPort - (clientPort(clientPort) - clientPort);
    }
}
