package io.cloudgate.elb.v2.input;

import io.cloudgate.api.AwsException;
import java.util.Map;
import java.util.Set;

/** Value checks of the attributes the data plane acts on; others are stored as given. */
final class AttributeRules {
    private record Range(long min, long max) {
    }

    private static final Map<String, Range> RANGES = Map.of(
            "idle_timeout.timeout_seconds", new Range(1, 4000),
            "deregistration_delay.timeout_seconds", new Range(0, 3600),
            "stickiness.lb_cookie.duration_seconds", new Range(1, 604800),
            "stickiness.app_cookie.duration_seconds", new Range(1, 604800),
            "tcp.idle_timeout.seconds", new Range(60, 6000),
            "slow_start.duration_seconds", new Range(0, 900));
    private static final Map<String, Set<String>> CHOICES = Map.of(
            "stickiness.type", Set.of("lb_cookie", "app_cookie", "source_ip"),
            "load_balancing.algorithm.type", Set.of("round_robin", "least_outstanding_requests",
                    "weighted_random"),
            "stickiness.enabled", Set.of("true", "false"),
            "deletion_protection.enabled", Set.of("true", "false"));

    private AttributeRules() {
    }

    static void check(String key, String value) {
        Range range = RANGES.get(key);
        if (range != null) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw invalid(key, value);
            }
            if (number < range.min() || number > range.max()) {
                throw invalid(key, value);
            }
        }
        Set<String> choices = CHOICES.get(key);
        if (choices != null && !choices.contains(value)) {
            throw invalid(key, value);
        }
    }

    private static AwsException invalid(String key, String value) {
        return AwsException.validation("'" + value + "' is not a valid value for the attribute '" + key + "'");
    }
}
