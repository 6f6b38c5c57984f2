package io.cloudgate.loadbalancer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every data-plane adapter must do with real traffic: HTTP routing, headers, keep-alive, balancing and
 * stickiness here; health, failures, draining, TCP and the balancer lifecycle in {@link DataPlaneResilienceKit};
 * TLS termination in {@link DataPlaneTlsKit}.
 * An adapter's test extends this class and implements {@link #createDataPlane()}.
 */
public abstract class DataPlaneCompatibilityKit extends DataPlaneResilienceKit {

    @Test
    void roundRobinSpreadsRequestsEvenlyOverThreeHealthyMembers() throws Exception {
        TestHttpBackend a = backend("a");
        TestHttpBackend b = backend("b");
        TestHttpBackend c = backend("c");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), forwardTo("web"))),
                List.of(httpPool("web", members(a, b, c)))));
        awaitAllHealthy(id, 3);

        Map<String, Integer> answeredBy = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            RawHttpConnection.Response response = RawHttpConnection.get(address, clientPort(port), "/page");
            assertThat(response.status()).isEqualTo(200);
            answeredBy.merge(response.body(), 1, Integer::sum);
        }
        assertThat(answeredBy).containsOnlyKeys("a", "b", "c").allSatisfy((name, count) -> assertThat(count).isEqualTo(10));
    }

    @Test
    void forwardedHeadersArriveAtTheMember() throws Exception {
        TestHttpBackend a = backend("a");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Listener listener = new Listener("https-like", address, port, Listener.Protocol.HTTP,
                java.time.Duration.ofSeconds(5), "https", List.of(), forwardTo("web"));
        applyAndTrack(new BalancerConfig(id, List.of(listener), List.of(httpPool("web", members(a)))));

        try (RawHttpConnection connection = new RawHttpConnection(address, clientPort(port))) {
            String clientIp = connection.socket().getLocalAddress().getHostAddress();
            RawHttpConnection.Response response = connection.send("GET", "/headers?x=1",
                    "X-Forwarded-For: 203.0.113.9", "Host: shop.example.com");
            assertThat(response.status()).isEqualTo(200);
            TestHttpBackend.Arrival arrival = a.arrivals().getLast();
            assertThat(arrival.path()).isEqualTo("/headers?x=1");
            assertThat(arrival.header("X-Forwarded-For")).isEqualTo("203.0.113.9, " + clientIp);
            assertThat(arrival.header("X-Forwarded-Proto")).isEqualTo("https");
            assertThat(arrival.header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
            assertThat(arrival.header("Host")).isEqualTo("shop.example.com");
        }
    }

    @Test
    void keepAliveClientGetsSeveralAnswersOnOneConnectionFromSeveralMembers() throws Exception {
        TestHttpBackend a = backend("a");
        TestHttpBackend b = backend("b");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), forwardTo("web"))),
                List.of(httpPool("web", members(a, b)))));
        awaitAllHealthy(id, 2);

        Set<String> answeredBy = new HashSet<>();
        try (RawHttpConnection connection = new RawHttpConnection(address, clientPort(port))) {
            for (int i = 0; i < 6; i++) {
                RawHttpConnection.Response response = connection.send("GET", "/k" + i);
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("Connection")).isNotEqualToIgnoringCase("close");
                answeredBy.add(response.body());
            }
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void rulesRouteByPathHostHeaderAndQueryInPriorityOrder() throws Exception {
        Map<String, TestHttpBackend> backends = new HashMap<>();
        List<Pool> pools = new ArrayList<>();
        for (String name : List.of("api", "admin", "canary", "v2", "default")) {
            backends.put(name, backend(name));
            pools.add(httpPool(name, members(backends.get(name))));
        }
        List<Rule> rules = List.of(
                new Rule(40, List.of(new Condition.QueryString(List.of(new Condition.KeyValue("version", "2*")))),
                        forwardTo("v2")),
                new Rule(5, List.of(new Condition.PathPattern(List.of("/api/*"))), forwardTo("api")),
                new Rule(20, List.of(new Condition.HostHeader(List.of("admin.*.example.com"))), forwardTo("admin")),
                new Rule(30, List.of(new Condition.HttpHeader("X-Env", List.of("canar?"))), forwardTo("canary")),
                new Rule(2, List.of(new Condition.PathPattern(List.of("/api/first"))),
                        new Action.FixedResponse(200, "text/plain", "first wins")));
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, rules, forwardTo("default"))), pools));
        int client = clientPort(port);

        assertThat(RawHttpConnection.get(address, client, "/api/users").body()).isEqualTo("api");
        assertThat(RawHttpConnection.get(address, client, "/API/users").body()).isEqualTo("default");
        assertThat(RawHttpConnection.get(address, client, "/api/first").body()).isEqualTo("first wins");
        assertThat(RawHttpConnection.get(address, client, "/x", "Host: ADMIN.eu.example.com:8080").body())
                .isEqualTo("admin");
        assertThat(RawHttpConnection.get(address, client, "/x", "X-Env: CANARY").body()).isEqualTo("canary");
        assertThat(RawHttpConnection.get(address, client, "/x", "X-Env: canaries").body()).isEqualTo("default");
        assertThat(RawHttpConnection.get(address, client, "/x?a=1&version=20").body()).isEqualTo("v2");
        assertThat(RawHttpConnection.get(address, client, "/api/x?version=2").body()).isEqualTo("api");
        assertThat(RawHttpConnection.get(address, client, "/x?version=3").body()).isEqualTo("default");
    }

    @Test
    void weightedForwardSplitsTrafficRoughlyByWeight() throws Exception {
        TestHttpBackend heavy = backend("heavy");
        TestHttpBackend light = backend("light");
        Action.Forward split = new Action.Forward(List.of(new Action.WeightedPool("heavy", 80),
                new Action.WeightedPool("light", 20)), null);
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), split)),
                List.of(httpPool("heavy", members(heavy)), httpPool("light", members(light)))));

        int heavyCount = 0;
        try (RawHttpConnection connection = new RawHttpConnection(address, clientPort(port))) {
            for (int i = 0; i < 200; i++) {
                heavyCount += connection.send("GET", "/w").body().equals("heavy") ? 1 : 0;
            }
        }
        assertThat(heavyCount).isBetween(130, 190);
    }

    @Test
    void redirectAndFixedResponseAreAnsweredByTheBalancer() throws Exception {
        List<Rule> rules = List.of(
                new Rule(1, List.of(new Condition.PathPattern(List.of("/old/*"))),
                        new Action.Redirect("HTTPS", "#{host}", "443", "/new/#{path}", "#{query}&moved=1", 301)),
                new Rule(2, List.of(new Condition.PathPattern(List.of("/temp"))),
                        new Action.Redirect(null, "other.example.com", "8443", null, null, 302)));
        Action maintenance = new Action.FixedResponse(503, "application/json", "{\"down\":true}");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, rules, maintenance)), List.of()));
        int client = clientPort(port);

        RawHttpConnection.Response moved = RawHttpConnection.get(address, client, "/old/page?a=b", "Host: shop.example.com");
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("https://shop.example.com/new/old/page?a=b&moved=1");
        RawHttpConnection.Response temp = RawHttpConnection.get(address, client, "/temp", "Host: shop.example.com");
        assertThat(temp.status()).isEqualTo(302);
        assertThat(temp.header("Location")).isEqualTo("http://other.example.com:8443/temp");
        RawHttpConnection.Response fixed = RawHttpConnection.get(address, client, "/anything");
        assertThat(fixed.status()).isEqualTo(503);
        assertThat(fixed.header("Content-Type")).startsWith("application/json");
        assertThat(fixed.body()).isEqualTo("{\"down\":true}");
    }

    @Test
    void balancerCookieKeepsAClientOnOneMember() throws Exception {
        TestHttpBackend a = backend("a");
        TestHttpBackend b = backend("b");
        TestHttpBackend c = backend("c");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Pool.Stickiness cookie = new Pool.Stickiness(Pool.Stickiness.Kind.BALANCER_COOKIE, null,
                java.time.Duration.ofMinutes(5));
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), forwardTo("web"))),
                List.of(stickyPool("web", members(a, b, c), cookie))));
        awaitAllHealthy(id, 3);

        RawHttpConnection.Response first = RawHttpConnection.get(address, clientPort(port), "/");
        String setCookie = first.headers("Set-Cookie").stream().filter(h -> h.startsWith("AWSALB=")).findFirst()
                .orElseThrow();
        assertThat(setCookie).containsIgnoringCase("Max-Age=300").containsIgnoringCase("Expires=");
        String cookieHeader = "Cookie: " + setCookie.substring(0, setCookie.indexOf(';'));
        for (int i = 0; i < 8; i++) {
            assertThat(RawHttpConnection.get(address, clientPort(port), "/", cookieHeader).body())
                    .isEqualTo(first.body());
        }
    }

    @Test
    void applicationCookieStickinessFollowsTheApplicationsCookie() throws Exception {
        TestHttpBackend a = backend("a");
        TestHttpBackend b = backend("b");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Pool.Stickiness appCookie = new Pool.Stickiness(Pool.Stickiness.Kind.APPLICATION_COOKIE, "SESSIONID", null);
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), forwardTo("web"))),
                List.of(stickyPool("web", members(a, b), appCookie))));
        awaitAllHealthy(id, 2);

        RawHttpConnection.Response first = RawHttpConnection.get(address, clientPort(port), "/app-cookie");
        List<String> cookies = first.headers("Set-Cookie").stream().map(h -> h.substring(0, h.indexOf(';'))).toList();
        assertThat(cookies).anyMatch(c -> c.startsWith("SESSIONID=")).hasSizeGreaterThan(1);
        String cookieHeader = "Cookie: " + String.join("; ", cookies);
        Set<String> stuck = new HashSet<>();
        Set<String> unstuck = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            stuck.add(RawHttpConnection.get(address, clientPort(port), "/", cookieHeader).body());
            unstuck.add(RawHttpConnection.get(address, clientPort(port), "/").body());
        }
        assertThat(stuck).containsExactly(first.body());
        assertThat(unstuck).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void leastOutstandingRequestsAvoidsABusyMember() throws Exception {
        TestHttpBackend a = backend("a");
        TestHttpBackend b = backend("b");
        String id = freshBalancerId();
        String address = freshAddress();
        int port = freePort(address);
        Pool pool = new Pool("web", Listener.Protocol.HTTP, members(a, b), httpCheck(),
                Pool.Algorithm.LEAST_OUTSTANDING_REQUESTS, null, java.time.Duration.ofSeconds(1));
        applyAndTrack(new BalancerConfig(id, List.of(httpListener(address, port, List.of(), forwardTo("web"))),
                List.of(pool)));
        awaitAllHealthy(id, 2);

        java.util.concurrent.CompletableFuture<String> slow = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return RawHttpConnection.get(address, clientPort(port), "/slow?ms=1000").body();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        await(() -> a.arrivals().size() + b.arrivals().size() == 1, "the slow request to arrive");
        String busy = a.arrivals().isEmpty() ? "b" : "a";
        for (int i = 0; i < 4; i++) {
            assertThat(RawHttpConnection.get(address, clientPort(port), "/quick").body()).isNotEqualTo(busy);
        }
        assertThat(slow.get()).isEqualTo(busy);
    }
}
