package io.cloudgate.elb.classic;

import io.cloudgate.api.Validation;
import io.cloudgate.elb.classic.ClassicBalancer.HealthCheckDoc;
import java.util.Locale;

/**
 * A classic health-check target, "PROTOCOL:PORT[/PATH]": HTTP and HTTPS targets need a path, TCP and SSL ones
 * must not have one.
 *
 * @param path null for TCP and SSL
 */
record HealthTarget(String protocol, int port, String path) {

    /** The target AWS gives a new balancer: a TCP check of the first listener's instance port. */
    static HealthCheckDoc defaultCheck(int instancePort) {
        return new HealthCheckDoc("TCP:" + instancePort, 30, 5, 2, 10);
    }

    static HealthTarget parse(String target) {
        Validation.required(target, "healthCheck.target");
        int colon = target.indexOf(':');
        String protocol = (colon < 0 ? target : target.substring(0, colon)).toUpperCase(Locale.ROOT);
        if (!protocol.equals("HTTP") && !protocol.equals("HTTPS") && !protocol.equals("TCP")
                && !protocol.equals("SSL") || colon < 0) {
            throw ClassicErrors.validation("HealthCheck Target must begin with one of HTTP, TCP, HTTPS, SSL");
        }
        String rest = target.substring(colon + 1);
        int slash = rest.indexOf('/');
        boolean http = protocol.startsWith("HTTP");
        if (http && slash < 0) {
            throw ClassicErrors.validation("HealthCheck " + protocol + " Target must specify a port followed by a "
                    + "path that begins with a slash. e.g. " + protocol + ":80/ping/this/path");
        }
        if (!http && slash >= 0) {
            throw ClassicErrors.validation("HealthCheck " + protocol + " Target must specify a port number only. "
                    + "e.g. " + protocol + ":80");
        }
        String portText = slash < 0 ? rest : rest.substring(0, slash);
        int port = ListenerRules.port(portText, "HealthCheck Target port");
        return new HealthTarget(protocol, port, http ? rest.substring(slash) : null);
    }

    /** Checks a whole health check as ConfigureHealthCheck receives it; returns it with the target normalized. */
    static HealthCheckDoc validate(String target, Integer interval, Integer timeout, Integer unhealthy,
                                   Integer healthy) {
        HealthTarget parsed = parse(target);
        int checkInterval = Validation.range(required(interval, "healthCheck.interval"),
                "healthCheck.interval", 5, 300, 30);
        int checkTimeout = Validation.range(required(timeout, "healthCheck.timeout"),
                "healthCheck.timeout", 2, 60, 5);
        int unhealthyThreshold = Validation.range(required(unhealthy, "healthCheck.unhealthyThreshold"),
                "healthCheck.unhealthyThreshold", 2, 10, 2);
        int healthyThreshold = Validation.range(required(healthy, "healthCheck.healthyThreshold"),
                "healthCheck.healthyThreshold", 2, 10, 10);
        if (checkTimeout >= checkInterval) {
            throw ClassicErrors.validation("HealthCheck timeout must be less than interval");
        }
        return new HealthCheckDoc(parsed.render(), checkInterval, checkTimeout, unhealthyThreshold, healthyThreshold);
    }

    private static Integer required(Integer value, String member) {
        if (value == null) {
            throw ClassicErrors.validation("1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    String render() {
        return protocol + ":" + port + (path == null ? "" : path);
    }
}
