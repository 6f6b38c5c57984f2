package io.cloudgate.elb.classic;

import java.util.Map;

/**
 * A classic balancer's attributes. Draining and idle timeout reach the data plane; cross-zone decides whether
 * instances outside the balancer's zones take traffic; access logs and additional attributes are kept as set.
 */
public record ClassicAttributes(boolean crossZone, boolean drainingEnabled, int drainingTimeout, int idleTimeout,
                                boolean accessLogEnabled, String accessLogBucket, String accessLogPrefix,
                                int accessLogInterval, Map<String, String> additional) {

    /** What AWS gives a balancer created through the API. */
    public static ClassicAttributes defaults() {
        return new ClassicAttributes(false, false, 300, 60, false, null, null, 60,
                Map.of("elb.http.desyncmitigationmode", "defensive"));
    }
}
