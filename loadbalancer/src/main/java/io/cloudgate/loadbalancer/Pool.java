package io.cloudgate.loadbalancer;

import java.time.Duration;
import java.util.List;

/**
 * Members that receive traffic, and how they are chosen and checked.
 *
 * @param protocol     HTTP (requests are re-issued to the member) or TCP (bytes are relayed)
 * @param draining     how long a removed member keeps its open connections (and in-flight requests)
 * @param stickiness   null for none
 */
public record Pool(String id, Listener.Protocol protocol, List<Member> members, HealthCheck healthCheck,
                   Algorithm algorithm, Stickiness stickiness, Duration draining) {
    public Pool {
        members = List.copyOf(members);
    }

    public enum Algorithm {
        ROUND_ROBIN, LEAST_OUTSTANDING_REQUESTS
    }

    /** A member by the caller's id (e.g. an instance), at an address and port. */
    public record Member(String id, String address, int port) {
    }

    /**
     * @param protocol            HTTP or TCP
     * @param port                null: the member's own port
     * @param path                HTTP path, e.g. {@code /health}
     * @param successCodes        HTTP codes counted as success, e.g. "200" or "200-299,302"
     * @param healthyThreshold    consecutive successes to become healthy
     * @param unhealthyThreshold  consecutive failures to become unhealthy
     */
    public record HealthCheck(Listener.Protocol protocol, Integer port, String path, String successCodes,
                              Duration interval, Duration timeout, int healthyThreshold,
                              int unhealthyThreshold) {
    }

    /**
     * @param cookieName for APPLICATION_COOKIE, the application's cookie that the balancer follows; for
     *                   BALANCER_COOKIE, the balancer's own cookie name
     * @param duration   BALANCER_COOKIE lifetime; null for a session cookie
     */
    public record Stickiness(Kind kind, String cookieName, Duration duration) {
        public enum Kind {
            BALANCER_COOKIE, APPLICATION_COOKIE, SOURCE_ADDRESS
        }
    }
}
