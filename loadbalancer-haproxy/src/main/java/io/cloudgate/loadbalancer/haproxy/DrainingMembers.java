package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.MemberHealth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Members removed from a balancer, reported as draining for their pool's draining time. Their in-flight requests
 * and open connections stay with the old HAProxy worker, which the reload leaves running up to hard-stop-after.
 */
final class DrainingMembers {
    private record Entry(String balancerId, String poolId, String memberId, Instant until) {
    }

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();

    DrainingMembers(Clock clock) {
        this.clock = clock;
    }

    synchronized void add(String balancerId, String poolId, String memberId, java.time.Duration draining) {
        forget(balancerId, poolId, memberId);
        entries.add(new Entry(balancerId, poolId, memberId, clock.instant().plus(draining)));
    }

    synchronized void forget(String balancerId, String poolId, String memberId) {
        entries.removeIf(e -> e.balancerId().equals(balancerId) && e.poolId().equals(poolId)
                && e.memberId().equals(memberId));
    }

    synchronized void forgetBalancer(String balancerId) {
        entries.removeIf(e -> e.balancerId().equals(balancerId));
    }

    synchronized List<MemberHealth> of(String balancerId) {
        Instant now = clock.instant();
        entries.removeIf(e -> !e.until().isAfter(now));
        return entries.stream().filter(e -> e.balancerId().equals(balancerId))
                .map(e -> new MemberHealth(e.poolId(), e.memberId(), MemberHealth.State.DRAINING, "draining")).toList();
    }
}
