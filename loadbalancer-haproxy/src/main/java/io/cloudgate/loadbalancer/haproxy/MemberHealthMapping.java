package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.MemberHealth;

import java.util.Locale;

/**
 * A server's {@code show stat} row as the port's member health. HAProxy starts servers up; "INI" says no check has
 * finished yet. "UP 1/2" (failing but not yet down) is still healthy, "DOWN 1/2" (recovering) still unhealthy,
 * as ELB counts thresholds. Reasons follow the embedded adapter's words so that the ELB layer maps both alike.
 */
final class MemberHealthMapping {
    private MemberHealthMapping() {
    }

    static MemberHealth of(String poolId, String memberId, StatTable.Row row) {
        if (row == null) {
            return new MemberHealth(poolId, memberId, MemberHealth.State.INITIAL, "initial");
        }
        String status = row.text("status");
        String check = row.text("check_status").replace("*", "").trim();
        if (status.startsWith("MAINT") || status.startsWith("DRAIN") || status.equals("NOLB")) {
            return new MemberHealth(poolId, memberId, MemberHealth.State.DRAINING, "draining");
        }
        if (status.startsWith("UP") && (check.isEmpty() || check.equals("INI"))) {
            return new MemberHealth(poolId, memberId, MemberHealth.State.INITIAL, "initial");
        }
        if (status.startsWith("UP") || status.equals("no check")) {
            return new MemberHealth(poolId, memberId, MemberHealth.State.HEALTHY, null);
        }
        return new MemberHealth(poolId, memberId, MemberHealth.State.UNHEALTHY, reason(check, row));
    }

    private static String reason(String check, StatTable.Row row) {
        String description = row.text("check_desc").toLowerCase(Locale.ROOT);
        return switch (check) {
            case "L4TOUT", "L6TOUT", "L7TOUT" -> "timeout";
            case "L7STS" -> "status " + row.text("check_code");
            case "L4CON" -> description.contains("refused") ? "connection refused" : "connection failed";
            case "L6RSP", "L7RSP", "SOCKERR" -> description.contains("reset") ? "connection reset" : "connection closed";
            default -> description.isEmpty() ? "check failed" : description;
        };
    }
}
