package io.cloudgate.elb.v2.input;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.v2.state.HealthCheckDoc;

/**
 * A target group's health-check settings: AWS's defaults for the group's protocol, then the request's values,
 * checked as AWS checks them.
 *
 * @param enabled etc. the request's values, null when not given
 */
public record HealthCheckInput(Boolean enabled, String protocol, String port, String path, Integer intervalSeconds,
                               Integer timeoutSeconds, Integer healthyThreshold, Integer unhealthyThreshold,
                               String matcher) {

    /** AWS's defaults for a new group of this protocol (HTTP(S) for application, TCP for network balancers). */
    public static HealthCheckDoc defaults(String groupProtocol) {
        boolean http = "HTTP".equals(groupProtocol) || "HTTPS".equals(groupProtocol);
        return http
                ? new HealthCheckDoc(true, groupProtocol, "traffic-port", "/", 30, 5, 5, 2, "200")
                : new HealthCheckDoc(true, "TCP", "traffic-port", null, 30, 10, 5, 2, null);
    }

    /** The base with the request's values applied, validated as a whole. */
    public HealthCheckDoc applyTo(HealthCheckDoc base) {
        String checkProtocol = protocol != null ? protocol : base.protocol();
        boolean http = "HTTP".equals(checkProtocol) || "HTTPS".equals(checkProtocol);
        if (!http && !"TCP".equals(checkProtocol)) {
            throw AwsException.validation("Health check protocol '" + checkProtocol
                    + "' must be one of 'HTTP', 'HTTPS', 'TCP'");
        }
        String checkPort = port != null ? port : base.port();
        if (!"traffic-port".equals(checkPort) && !checkPort.matches("[0-9]{1,5}")
                || !"traffic-port".equals(checkPort) && (Integer.parseInt(checkPort) < 1
                || Integer.parseInt(checkPort) > 65535)) {
            throw AwsException.validation("Health check port must be 'traffic-port' or between 1 and 65535");
        }
        String checkPath = http ? (path != null ? path : base.path() != null ? base.path() : "/") : null;
        if (!http && path != null) {
            throw AwsException.badRequest("InvalidConfigurationRequest",
                    "Custom health check paths are not supported for health checks with the TCP protocol");
        }
        if (checkPath != null && (!checkPath.startsWith("/") || checkPath.length() > 1024)) {
            throw AwsException.validation("Health check path must begin with '/' and be at most 1024 characters");
        }
        int interval = range(intervalSeconds, base.intervalSeconds(), 5, 300, "HealthCheckIntervalSeconds");
        int timeout = range(timeoutSeconds, base.timeoutSeconds(), 2, 120, "HealthCheckTimeoutSeconds");
        if (timeout >= interval) {
            throw AwsException.validation("Health check timeout '" + timeout
                    + "' must be smaller than the interval '" + interval + "'");
        }
        int healthy = range(healthyThreshold, base.healthyThreshold(), 2, 10, "HealthyThresholdCount");
        int unhealthy = range(unhealthyThreshold, base.unhealthyThreshold(), 2, 10, "UnhealthyThresholdCount");
        String codes = http ? (matcher != null ? matcher : base.matcher() != null ? base.matcher() : "200") : null;
        if (codes != null && !codes.matches("\\d{3}(-\\d{3})?(,\\d{3}(-\\d{3})?)*")) {
            throw AwsException.validation("Health check matcher HTTP code '" + codes
                    + "' must be a code, a range like 200-299, or a comma-separated list of them");
        }
        return new HealthCheckDoc(enabled != null ? enabled : base.enabled(), checkProtocol, checkPort, checkPath,
                interval, timeout, healthy, unhealthy, codes);
    }

    private static int range(Integer value, int current, int min, int max, String member) {
        int chosen = value != null ? value : current;
        if (chosen < min || chosen > max) {
            throw AwsException.validation("1 validation error detected: Value '" + chosen + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value "
                    + (chosen < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
        return chosen;
    }
}
