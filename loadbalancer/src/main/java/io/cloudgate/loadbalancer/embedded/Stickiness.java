package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.Pool;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Choosing a pool and a member for a request, and the cookies that keep a client on them. Cookie names follow ALB:
 * AWSALB (balancer cookie, unless the pool names its own), AWSALBAPP (set beside the application's cookie) and
 * AWSALBTG (pool stickiness of a weighted forward). Cookie values name the member's id, so they survive applies.
 */
final class Stickiness {
    static final String BALANCER_COOKIE = "AWSALB";
    static final String APPLICATION_COOKIE = "AWSALBAPP";
    static final String POOL_COOKIE = "AWSALBTG";

    private Stickiness() {
    }

    static Map<String, String> cookies(HttpRequest request) {
        List<String> headers = request.headers().getAll(HttpHeaderNames.COOKIE);
        if (headers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> cookies = new HashMap<>();
        for (String header : headers) {
            for (Cookie cookie : ServerCookieDecoder.LAX.decode(header)) {
                cookies.putIfAbsent(cookie.name(), cookie.value());
            }
        }
        return cookies;
    }

    /** The pool by weight, or the one a pool-stickiness cookie names; null when none exists. */
    static PoolState choosePool(Action.Forward forward, Map<String, String> cookies,
                                Function<String, PoolState> pools) {
        List<Action.WeightedPool> choices = forward.pools();
        if (choices.size() == 1) {
            return pools.apply(choices.getFirst().poolId());
        }
        String stuck = forward.poolStickiness() != null ? cookies.get(POOL_COOKIE) : null;
        if (stuck != null && choices.stream().anyMatch(c -> c.poolId().equals(decode(stuck)))) {
            return pools.apply(decode(stuck));
        }
        int total = choices.stream().mapToInt(c -> Math.max(0, c.weight())).sum();
        if (total == 0) {
            return pools.apply(choices.getFirst().poolId());
        }
        int ticket = ThreadLocalRandom.current().nextInt(total);
        for (Action.WeightedPool choice : choices) {
            ticket -= Math.max(0, choice.weight());
            if (ticket < 0) {
                return pools.apply(choice.poolId());
            }
        }
        return pools.apply(choices.getLast().poolId());
    }

    static MemberState chooseMember(PoolState pool, Map<String, String> cookies, InetAddress client) {
        Pool.Stickiness stickiness = pool.pool().stickiness();
        if (stickiness == null) {
            return pool.choose();
        }
        String token = switch (stickiness.kind()) {
            case BALANCER_COOKIE -> cookies.get(balancerCookieName(stickiness));
            case APPLICATION_COOKIE -> cookies.containsKey(stickiness.cookieName())
                    ? cookies.get(APPLICATION_COOKIE) : null;
            case SOURCE_ADDRESS -> null;
        };
        if (stickiness.kind() == Pool.Stickiness.Kind.SOURCE_ADDRESS) {
            return pool.chooseBySource(client);
        }
        MemberState stuck = token == null ? null : pool.sticky(decode(token));
        return stuck != null ? stuck : pool.choose();
    }

    /** Adds the cookies that bring the client back to the same pool and member. */
    static void decorate(HttpResponse response, Action.Forward forward, PoolState pool, MemberState member,
                         Clock clock) {
        if (forward.pools().size() > 1 && forward.poolStickiness() != null) {
            addCookie(response, POOL_COOKIE, pool.pool().id(), forward.poolStickiness(), clock);
        }
        Pool.Stickiness stickiness = pool.pool().stickiness();
        if (stickiness == null) {
            return;
        }
        switch (stickiness.kind()) {
            case BALANCER_COOKIE -> addCookie(response, balancerCookieName(stickiness), member.member.id(),
                    stickiness.duration(), clock);
            case APPLICATION_COOKIE -> {
                String prefix = stickiness.cookieName() + "=";
                if (response.headers().getAll(HttpHeaderNames.SET_COOKIE).stream().anyMatch(c -> c.startsWith(prefix))) {
                    addCookie(response, APPLICATION_COOKIE, member.member.id(), stickiness.duration(), clock);
                }
            }
            case SOURCE_ADDRESS -> {
            }
        }
    }

    private static String balancerCookieName(Pool.Stickiness stickiness) {
        return stickiness.cookieName() == null || stickiness.cookieName().isBlank()
                ? BALANCER_COOKIE : stickiness.cookieName();
    }

    /** Written by hand (not Netty's encoder) so that Expires comes from the injected clock. */
    private static void addCookie(HttpResponse response, String name, String value, Duration lifetime, Clock clock) {
        StringBuilder header = new StringBuilder(name).append('=').append(encode(value)).append("; Path=/");
        if (lifetime != null) {
            header.append("; Max-Age=").append(lifetime.toSeconds()).append("; Expires=")
                    .append(DateFormatter.format(Date.from(clock.instant().plus(lifetime))));
        }
        response.headers().add(HttpHeaderNames.SET_COOKIE, header.toString());
    }

    private static String encode(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
