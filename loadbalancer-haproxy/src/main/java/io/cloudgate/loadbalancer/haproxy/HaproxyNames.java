package io.cloudgate.loadbalancer.haproxy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Names of HAProxy sections and servers. Caller ids may hold any character, so each is base64url-encoded (HAProxy
 * names allow letters, digits, '-', '_', '.' and ':'); '.' separates the parts, so a name tells its balancer back.
 */
final class HaproxyNames {
    static final char FRONTEND = 'f';
    static final char POOL_BACKEND = 'b';
    static final char FIXED_BACKEND = 'x';

    private HaproxyNames() {
    }

    static String frontend(String balancerId, int listenerIndex) {
        return FRONTEND + "." + encode(balancerId) + "." + listenerIndex;
    }

    static String poolBackend(String balancerId, String poolId) {
        return POOL_BACKEND + "." + encode(balancerId) + "." + encode(poolId);
    }

    static String fixedBackend(String balancerId, int listenerIndex, int ruleIndex) {
        return FIXED_BACKEND + "." + encode(balancerId) + "." + listenerIndex + "." + ruleIndex;
    }

    /** Also the value of the stickiness cookies, so a cookie keeps naming its member across reloads. */
    static String server(String memberId) {
        return "m." + encode(memberId);
    }

    /** The balancer a section name belongs to, or null for sections of no balancer. */
    static String balancerOf(String sectionName) {
        String[] parts = sectionName.split("\\.");
        if (parts.length < 3 || parts[0].length() != 1) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static char kindOf(String sectionName) {
        return sectionName.isEmpty() ? ' ' : sectionName.charAt(0);
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }
}
