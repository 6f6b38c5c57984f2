package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import io.cloudgate.loadbalancer.Rule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Rejects an inconsistent balancer configuration before any HAProxy configuration is rendered from it. */
final class ConfigValidator {
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!%&*+.^_`|~-]+");

    private ConfigValidator() {
    }

    static void validate(BalancerConfig config) {
        require(config.id() != null && !config.id().isBlank(), "balancer id is missing");
        Set<String> poolIds = new HashSet<>();
        for (Pool pool : config.pools()) {
            require(pool != null && pool.id() != null && poolIds.add(pool.id()), "pool id missing or repeated");
            validatePool(pool);
        }
        Set<String> sockets = new HashSet<>();
        for (Listener listener : config.listeners()) {
            require(listener != null && ipLiteral(listener.bindAddress()),
                    "listener address is not an IP literal");
            require(listener.port() > 0 && listener.port() <= 65535, "bad listener port " + listener.port());
            require(sockets.add(socketKey(listener)), "two listeners on " + socketKey(listener));
            require(listener.protocol() != null, "listener protocol is missing");
            require(positive(listener.idleTimeout()), "listener idle timeout must be positive");
            require(listener.forwardedProto() == null || listener.forwardedProto().matches("[A-Za-z]+"),
                    "bad forwarded protocol");
            require(listener.tls() == null || !listener.tls().certificates().isEmpty()
                    && listener.tls().certificates().stream().allMatch(ConfigValidator::pemLike),
                    "a TLS listener needs certificates in PEM");
            require(listener.defaultAction() != null, "listener default action is missing");
            require(listener.protocol() == Listener.Protocol.HTTP || listener.defaultAction() instanceof Action.Forward,
                    "a TCP listener can only forward");
            validateAction(listener.defaultAction(), poolIds);
            for (Rule rule : listener.rules()) {
                require(rule != null, "null rule");
                validateAction(rule.action(), poolIds);
                rule.conditions().forEach(ConfigValidator::validateCondition);
            }
        }
    }

    /** Both parts PEM text (HAProxy itself checks that they parse and match when it checks the configuration). */
    private static boolean pemLike(Listener.Certificate certificate) {
        return certificate != null && certificate.chainPem() != null && certificate.privateKeyPem() != null
                && certificate.chainPem().contains("-----BEGIN CERTIFICATE-----")
                && certificate.privateKeyPem().contains("PRIVATE KEY-----");
    }

    static String socketKey(Listener listener) {
        return listener.bindAddress() + ":" + listener.port();
    }

    /** The status codes of an ELB success-code list such as "200", "200-299" or "200,302"; null means 200. */
    static List<Integer> successCodes(String text) {
        String source = text == null || text.isBlank() ? "200" : text;
        List<Integer> codes = new ArrayList<>();
        for (String part : source.split(",")) {
            String[] bounds = part.trim().split("-", -1);
            require(bounds.length <= 2, "bad success codes: " + text);
            int low = code(bounds[0], text);
            int high = bounds.length == 2 ? code(bounds[1], text) : low;
            require(low <= high, "bad success codes: " + text);
            for (int code = low; code <= high; code++) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static void validatePool(Pool pool) {
        require(pool.protocol() != null && pool.algorithm() != null, "pool " + pool.id() + " is incomplete");
        Set<String> memberIds = new HashSet<>();
        for (Pool.Member member : pool.members()) {
            require(member != null && member.id() != null && memberIds.add(member.id()), "member id missing or repeated");
            require(ipLiteral(member.address()), "member address is not an IP literal: " + member.address());
            require(member.port() > 0 && member.port() <= 65535, "bad member port " + member.port());
        }
        Pool.HealthCheck check = pool.healthCheck();
        require(check != null && check.protocol() != null, "pool " + pool.id() + " has no health check");
        require(positive(check.interval()) && positive(check.timeout()), "health check interval and timeout must be positive");
        require(check.healthyThreshold() >= 1 && check.unhealthyThreshold() >= 1, "health check thresholds must be positive");
        require(check.port() == null || check.port() > 0 && check.port() <= 65535, "bad health check port");
        require(check.path() == null || check.path().isEmpty() || check.path().startsWith("/")
                && check.path().chars().allMatch(c -> c > 0x20 && c < 0x7f), "bad health check path");
        successCodes(check.successCodes());
        if (pool.stickiness() != null) {
            Pool.Stickiness stickiness = pool.stickiness();
            require(stickiness.kind() != null, "stickiness kind is missing");
            require(stickiness.kind() != Pool.Stickiness.Kind.APPLICATION_COOKIE
                    || stickiness.cookieName() != null && !stickiness.cookieName().isBlank(),
                    "application cookie stickiness needs a cookie name");
            require(stickiness.cookieName() == null || stickiness.cookieName().isEmpty()
                    || HEADER_NAME.matcher(stickiness.cookieName()).matches() && stickiness.cookieName().indexOf('\'') < 0,
                    "bad cookie name");
            require(stickiness.duration() == null || positive(stickiness.duration()), "stickiness duration must be positive");
        }
        require(pool.draining() == null || !pool.draining().isNegative(), "draining time is negative");
    }

    private static void validateCondition(Condition condition) {
        require(condition != null, "null condition");
        List<String> patterns = switch (condition) {
            case Condition.PathPattern path -> path.patterns();
            case Condition.HostHeader host -> host.patterns();
            case Condition.HttpHeader header -> {
                require(header.name() != null && HEADER_NAME.matcher(header.name()).matches(), "bad header name");
                yield header.patterns();
            }
            case Condition.QueryString query -> {
                require(!query.pairs().isEmpty(), "query condition without pairs");
                query.pairs().forEach(pair -> require(pair != null && pair.value() != null, "query pair without value"));
                yield List.of();
            }
        };
        require(condition instanceof Condition.QueryString || !patterns.isEmpty(), "condition without values");
        patterns.forEach(p -> require(p != null, "null condition value"));
    }

    private static void validateAction(Action action, Set<String> poolIds) {
        require(action != null, "rule action is missing");
        switch (action) {
            case Action.Forward forward -> {
                require(!forward.pools().isEmpty(), "forward action without pools");
                forward.pools().forEach(p -> require(p != null && poolIds.contains(p.poolId()), "unknown pool"));
                forward.pools().forEach(p -> require(p.weight() >= 0, "negative weight"));
            }
            case Action.Redirect redirect -> require(redirect.statusCode() == 301 || redirect.statusCode() == 302,
                    "redirect status must be 301 or 302");
            case Action.FixedResponse fixed -> {
                require(fixed.statusCode() >= 200 && fixed.statusCode() <= 599, "fixed response status out of range");
                require(fixed.body() == null || fixed.body().length() <= 1024, "fixed response body too long");
            }
        }
    }

    private static boolean ipLiteral(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(address);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int code(String digits, String text) {
        try {
            int code = Integer.parseInt(digits.trim());
            require(code >= 100 && code <= 599, "bad success codes: " + text);
            return code;
        } catch (NumberFormatException e) {
            throw new DataPlaneException(DataPlaneException.Kind.INVALID_CONFIGURATION, "bad success codes: " + text, e);
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new DataPlaneException(DataPlaneException.Kind.INVALID_CONFIGURATION, message);
        }
    }
}
