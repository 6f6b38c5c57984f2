package io.cloudgate.loadbalancer;

/**
 * Monotonic counters of one balancer across its listeners.
 *
 * @param latencyMicrosTotal sum over requests of the time from the request's last byte to the member's first
 *                           response byte (divide by requests for the mean)
 * @param memberResponses2xx etc. responses from members by class; balancerResponses4xx/5xx are answered by the
 *                           balancer itself (no member, fixed responses excluded)
 */
public record BalancerStatistics(long requests, long connectionsAccepted, long activeConnections,
                                 long latencyMicrosTotal, long memberResponses2xx, long memberResponses3xx,
                                 long memberResponses4xx, long memberResponses5xx, long balancerResponses4xx,
                                 long balancerResponses5xx, long bytesIn, long bytesOut) {
    public static final BalancerStatistics NONE = new BalancerStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
