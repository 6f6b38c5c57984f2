package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.BalancerStatistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A balancer's counters from one worker's {@code show stat} and the Lua latency totals. Frontends count what
 * clients saw; server rows count what members answered; fixed-response backends count the fixed answers; what is
 * left of the frontends' 4xx/5xx the balancer answered itself (no member, member failure, timeout).
 */
final class StatisticsReader {
    private StatisticsReader() {
    }

    static BalancerStatistics of(String balancerId, StatTable table, Map<String, Long> latencyByFrontend) {
        List<StatTable.Row> rows = table.ofBalancer(balancerId);
        long requests = 0, accepted = 0, active = 0, bytesIn = 0, bytesOut = 0, latency = 0;
        long[] clients = new long[6];
        long[] members = new long[6];
        long[] fixed = new long[6];
        for (StatTable.Row row : rows) {
            char kind = HaproxyNames.kindOf(row.proxy());
            if (kind == HaproxyNames.FRONTEND && row.isFrontend()) {
                requests += row.number("req_tot");
                accepted += row.number("conn_tot");
                active += row.number("scur");
                bytesIn += row.number("bin");
                bytesOut += row.number("bout");
                latency += latencyByFrontend.getOrDefault(row.proxy(), 0L);
                addClasses(clients, row);
            } else if (kind == HaproxyNames.POOL_BACKEND && !row.isBackend() && !row.isFrontend()) {
                addClasses(members, row);
            } else if (kind == HaproxyNames.FIXED_BACKEND && row.isBackend()) {
                addClasses(fixed, row);
            }
        }
        return new BalancerStatistics(requests, accepted, active, latency, members[2], members[3], members[4],
                members[5], Math.max(0, clients[4] - members[4] - fixed[4]),
                Math.max(0, clients[5] - members[5] - fixed[5]), bytesIn, bytesOut);
    }

    /** Sums two counter sets, keeping the later gauge of active connections. */
    static BalancerStatistics plus(BalancerStatistics base, BalancerStatistics current) {
        return new BalancerStatistics(base.requests() + current.requests(),
                base.connectionsAccepted() + current.connectionsAccepted(), current.activeConnections(),
                base.latencyMicrosTotal() + current.latencyMicrosTotal(),
                base.memberResponses2xx() + current.memberResponses2xx(),
                base.memberResponses3xx() + current.memberResponses3xx(),
                base.memberResponses4xx() + current.memberResponses4xx(),
                base.memberResponses5xx() + current.memberResponses5xx(),
                base.balancerResponses4xx() + current.balancerResponses4xx(),
                base.balancerResponses5xx() + current.balancerResponses5xx(),
                base.bytesIn() + current.bytesIn(), base.bytesOut() + current.bytesOut());
    }

    /** The Lua command's "frontend microseconds" lines. */
    static Map<String, Long> parseLatency(String text) {
        Map<String, Long> totals = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                try {
                    totals.put(parts[0], Long.parseLong(parts[1]));
                } catch (NumberFormatException ignored) {
                    // Not a totals line (e.g. a CLI prompt); nothing to count.
                }
            }
        }
        return totals;
    }

    private static void addClasses(long[] counts, StatTable.Row row) {
        for (int c = 1; c <= 5; c++) {
            counts[c] += row.number("hrsp_" + c + "xx");
        }
    }
}
