package io.cloudgate.elb.v2.state;

/**
 * A target group's health check as the client sees it.
 *
 * @param port    "traffic-port" or a port number
 * @param matcher HTTP codes ("200", "200-299", "200,302"); null for TCP checks
 */
public record HealthCheckDoc(boolean enabled, String protocol, String port, String path, int intervalSeconds,
                             int timeoutSeconds, int healthyThreshold, int unhealthyThreshold, String matcher) {
}
