package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import io.cloudgate.loadbalancer.Rule;
import io.netty.util.NetUtil;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** Rejects an inconsistent balancer configuration before anything is changed. */
final class ConfigValidation {
    private ConfigValidation() {
    }

    static void validate(BalancerConfig config, int portOffset) {
        require(config.id() != null && !config.id().isBlank(), "balancer id is missing");
        Set<String> poolIds = new HashSet<>();
        for (Pool pool : config.pools()) {
            require(pool.id() != null && poolIds.add(pool.id()), "pool id missing or repeated: " + pool.id());
            validatePool(pool);
        }
        Set<String> sockets = new HashSet<>();
        for (Listener listener : config.listeners()) {
            require(listener.bindAddress() != null && NetUtil.isValidIpV4Address(listener.bindAddress())
                    || listener.bindAddress() != null && NetUtil.isValidIpV6Address(listener.bindAddress()),
                    "listener address is not an IP literal: " + listener.bindAddress());
            require(listener.port() > 0 && listener.port() + portOffset <= 65535, "bad listener port " + listener.port());
            require(sockets.add(BoundListener.key(listener)), "two listeners on " + BoundListener.key(listener));
            require(listener.protocol() != null, "listener protocol is missing");
            require(positive(listener.idleTimeout()), "listener idle timeout must be positive");
            require(listener.defaultAction() != null, "listener default action is missing");
            require(listener.protocol() == Listener.Protocol.HTTP || listener.defaultAction() instanceof Action.Forward,
                    "a TCP listener can only forward");
            validateAction(listener.defaultAction(), poolIds);
            for (Rule rule : listener.rules()) {
                validateAction(rule.action(), poolIds);
                for (Condition condition : rule.conditions()) {
                    require(condition != null, "null condition");
                    if (condition instanceof Condition.HttpHeader header) {
                        require(header.name() != null && !header.name().isBlank(), "header condition without name");
                    }
                }
            }
        }
    }

    private static void validatePool(Pool pool) {
        require(pool.protocol() != null && pool.algorithm() != null, "pool " + pool.id() + " is incomplete");
        Set<String> memberIds = new HashSet<>();
        for (Pool.Member member : pool.members()) {
            require(member.id() != null && memberIds.add(member.id()), "member id missing or repeated: " + member.id());
            require(NetUtil.isValidIpV4Address(member.address()) || NetUtil.isValidIpV6Address(member.address()),
                    "member address is not an IP literal: " + member.address());
            require(member.port() > 0 && member.port() <= 65535, "bad member port " + member.port());
        }
        Pool.HealthCheck check = pool.healthCheck();
        require(check != null && check.protocol() != null, "pool " + pool.id() + " has no health check");
        require(positive(check.interval()) && positive(check.timeout()), "health check interval and timeout must be positive");
        require(check.healthyThreshold() >= 1 && check.unhealthyThreshold() >= 1, "health check thresholds must be positive");
        require(check.port() == null || check.port() > 0 && check.port() <= 65535, "bad health check port");
        try {
            SuccessCodes.parse(check.successCodes());
        } catch (IllegalArgumentException e) {
            throw new DataPlaneException(DataPlaneException.Kind.INVALID_CONFIGURATION, e.getMessage(), e);
        }
        if (pool.stickiness() != null) {
            require(pool.stickiness().kind() != null, "stickiness kind is missing");
            require(pool.stickiness().kind() != Pool.Stickiness.Kind.APPLICATION_COOKIE
                    || pool.stickiness().cookieName() != null && !pool.stickiness().cookieName().isBlank(),
                    "application cookie stickiness needs a cookie name");
        }
        require(pool.draining() == null || !pool.draining().isNegative(), "draining time is negative");
    }

    private static void validateAction(Action action, Set<String> poolIds) {
        require(action != null, "rule action is missing");
        switch (action) {
            case Action.Forward forward -> {
                require(!forward.pools().isEmpty(), "forward action without pools");
                forward.pools().forEach(p -> require(poolIds.contains(p.poolId()), "unknown pool " + p.poolId()));
            }
            case Action.Redirect redirect -> require(redirect.statusCode() == 301 || redirect.statusCode() == 302,
                    "redirect status must be 301 or 302");
            case Action.FixedResponse fixed -> require(fixed.statusCode() >= 200 && fixed.statusCode() <= 599,
                    "fixed response status out of range");
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
