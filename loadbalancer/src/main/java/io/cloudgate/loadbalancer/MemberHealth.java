package io.cloudgate.loadbalancer;

/**
 * @param reason short machine-readable cause when not healthy, e.g. "timeout", "connection refused",
 *               "status 503", "draining"; null when healthy
 */
public record MemberHealth(String poolId, String memberId, State state, String reason) {
    public enum State {
        INITIAL, HEALTHY, UNHEALTHY, DRAINING
    }
}
