package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Rule;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule matching, wildcards, success codes, redirects and header handling without sockets. */
class RoutingUnitTest {
    private static final Action DEFAULT = new Action.FixedResponse(404, null, "default");

    @Test
    void wildcardsMatchRunsAndSingleCharacters() {
        assertThat(Wildcard.matches("/img/*.png", "/img/a/b.png", false)).isTrue();
        assertThat(Wildcard.matches("/img/*.png", "/img/a/b.PNG", false)).isFalse();
        assertThat(Wildcard.matches("/img/*.png", "/img/a/b.PNG", true)).isTrue();
        assertThat(Wildcard.matches("v?", "v2", false)).isTrue();
        assertThat(Wildcard.matches("v?", "v", false)).isFalse();
        assertThat(Wildcard.matches("*", "", false)).isTrue();
        assertThat(Wildcard.matches("a*b*c", "axxbyyc", false)).isTrue();
        assertThat(Wildcard.matches("a*b*c", "axxbyy", false)).isFalse();
    }

    @Test
    void firstMatchingRuleByPriorityWinsAndAllConditionsMustHold() {
        Action api = new Action.FixedResponse(200, null, "api");
        Action apiPost = new Action.FixedResponse(200, null, "api-on-host");
        Listener listener = new Listener("l", "127.0.0.1", 80, Listener.Protocol.HTTP, Duration.ofSeconds(60), "http",
                List.of(new Rule(9, List.of(new Condition.PathPattern(List.of("/api/*"))), api),
                        new Rule(3, List.of(new Condition.PathPattern(List.of("/api/*")),
                                new Condition.HostHeader(List.of("api.example.com"))), apiPost)),
                DEFAULT);
        RequestRouter router = new RequestRouter(listener);

        assertThat(router.route(request("/api/x", "Host", "API.example.com:80"))).isEqualTo(apiPost);
        assertThat(router.route(request("/api/x", "Host", "www.example.com"))).isEqualTo(api);
        assertThat(router.route(request("/other", "Host", "api.example.com"))).isEqualTo(DEFAULT);
    }

    @Test
    void queryConditionsMatchAnyPairAndAKeylessPairMatchesAnyParameter() {
        Condition anyValue = new Condition.QueryString(List.of(new Condition.KeyValue(null, "blue")));
        Condition keyed = new Condition.QueryString(List.of(new Condition.KeyValue("a", "1"),
                new Condition.KeyValue("b", "x*")));
        assertThat(matches(anyValue, "/p?colour=BLUE")).isTrue();
        assertThat(matches(anyValue, "/p?colour=red")).isFalse();
        assertThat(matches(keyed, "/p?b=xyz")).isTrue();
        assertThat(matches(keyed, "/p?a=2")).isFalse();
        assertThat(matches(new Condition.HttpHeader("User-Agent", List.of("*Mobile*")), "/")).isFalse();
    }

    @Test
    void successCodesAcceptListsAndRangesAndRejectNonsense() {
        SuccessCodes codes = SuccessCodes.parse("200-299,302");
        assertThat(codes.contains(204)).isTrue();
        assertThat(codes.contains(302)).isTrue();
        assertThat(codes.contains(301)).isFalse();
        assertThat(SuccessCodes.parse(null).contains(200)).isTrue();
        assertThatThrownBy(() -> SuccessCodes.parse("2xx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuccessCodes.parse("299-200")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redirectKeepsTheRequestsOwnPartsAndDropsDefaultPorts() {
        HttpRequest request = request("/docs/a?q=1", "Host", "example.com:8080");
        FullHttpResponse response = BalancerResponses.redirect(
                new Action.Redirect("HTTPS", null, "443", null, null, 301), request, "http", 80);
        assertThat(response.status().code()).isEqualTo(301);
        assertThat(response.headers().get("Location")).isEqualTo("https://example.com/docs/a?q=1");
        response.release();
    }

    @Test
    void hopByHopHeadersAreRemovedIncludingThoseNamedByConnection() {
        HttpHeaders headers = new DefaultHttpHeaders().add("Connection", "keep-alive, X-Private")
                .add("X-Private", "secret").add("Keep-Alive", "timeout=5").add("Upgrade", "h2c")
                .add("X-Kept", "yes");
        MemberExchange.stripHopByHop(headers);
        assertThat(headers.names()).containsExactly("X-Kept");
    }

    private static boolean matches(Condition condition, String uri) {
        HttpRequest request = request(uri, "Host", "h");
        return RequestRouter.matches(condition, request, new io.netty.handler.codec.http.QueryStringDecoder(uri));
    }

    private static HttpRequest request(String uri, String header, String value) {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
        request.headers().set(header, value);
        return request;
    }
}
