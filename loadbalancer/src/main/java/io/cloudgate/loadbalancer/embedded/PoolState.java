package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.MemberHealth;
import io.cloudgate.loadbalancer.Pool;
import io.netty.channel.EventLoopGroup;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool's live members and how one is chosen. Only HEALTHY members get traffic; when none is healthy the pool
 * fails open like ELB ("if a target group contains only unhealthy registered targets, the load balancer routes
 * requests to all those targets"), which here includes members still INITIAL.
 */
final class PoolState {
    private final EventLoopGroup group;
    private volatile Pool pool;
    private volatile List<MemberState> members = List.of();
    /** The same members as an array for the request path; never modified, replaced with {@link #members}. */
    private volatile MemberState[] memberArray = new MemberState[0];
    private final List<MemberState> draining = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextIndex = new AtomicInteger();
    private HealthChecker checker;

    PoolState(EventLoopGroup group, Pool pool) {
        this.group = group;
        update(pool);
    }

    Pool pool() {
        return pool;
    }

    /** Converges to the pool's new definition: kept members keep their health, removed ones drain. */
    synchronized void update(Pool newPool) {
        Map<String, MemberState> current = new LinkedHashMap<>();
        members.forEach(m -> current.put(m.key(), m));
        List<MemberState> next = new ArrayList<>();
        for (Pool.Member member : newPool.members()) {
            MemberState kept = current.remove(new MemberState(member).key());
            next.add(kept != null ? kept : new MemberState(member));
        }
        this.pool = newPool;
        this.members = List.copyOf(next);
        this.memberArray = next.toArray(MemberState[]::new);
        current.values().forEach(m -> drain(m, newPool.draining()));
        if (checker == null || !checker.check().equals(newPool.healthCheck())) {
            if (checker != null) {
                checker.stop();
            }
            checker = new HealthChecker(group.next(), newPool.healthCheck(), () -> members);
        }
    }

    /** Stops checking and draining at once: the pool is gone with its balancer. */
    synchronized void close() {
        checker.stop();
        members.forEach(m -> m.channels.close());
        draining.forEach(m -> m.channels.close());
    }

    /** Drains every member for the pool's draining time: the pool is no longer referenced by the balancer. */
    synchronized void retire() {
        checker.stop();
        members.forEach(m -> drain(m, pool.draining()));
        members = List.of();
        memberArray = new MemberState[0];
    }

    List<MemberHealth> health() {
        List<MemberHealth> health = new ArrayList<>();
        members.forEach(m -> health.add(m.health(pool.id())));
        draining.forEach(m -> health.add(m.health(pool.id())));
        return health;
    }

    /** The member for a new request or connection, or null when the pool has no members. */
    MemberState choose() {
        MemberState[] candidates = candidates();
        if (candidates.length == 0) {
            return null;
        }
        if (pool.algorithm() == Pool.Algorithm.LEAST_OUTSTANDING_REQUESTS) {
            int start = Math.floorMod(nextIndex.getAndIncrement(), candidates.length);
            MemberState best = candidates[start];
            for (int i = 1; i < candidates.length; i++) {
                MemberState other = candidates[(start + i) % candidates.length];
                if (other.outstanding.get() < best.outstanding.get()) {
                    best = other;
                }
            }
            return best;
        }
        return candidates[Math.floorMod(nextIndex.getAndIncrement(), candidates.length)];
    }

    MemberState chooseBySource(InetAddress client) {
        MemberState[] candidates = candidates();
        if (candidates.length == 0) {
            return null;
        }
        return candidates[Math.floorMod(Arrays.hashCode(client.getAddress()), candidates.length)];
    }

    /** The member a stickiness cookie names, if it may still take traffic. */
    MemberState sticky(String memberId) {
        for (MemberState member : candidates()) {
            if (member.member.id().equals(memberId)) {
                return member;
            }
        }
        return null;
    }

    /** Runs for every request: when all members are healthy (the usual case) it allocates nothing. */
    private MemberState[] candidates() {
        MemberState[] all = memberArray;
        int healthy = 0;
        for (MemberState member : all) {
            if (member.state() == MemberHealth.State.HEALTHY) {
                healthy++;
            }
        }
        if (healthy == all.length || healthy == 0) {
            return all;
        }
        // Health checks run on other threads: states may change between the two passes.
        MemberState[] chosen = new MemberState[healthy];
        int index = 0;
        for (MemberState member : all) {
            if (index < healthy && member.state() == MemberHealth.State.HEALTHY) {
                chosen[index++] = member;
            }
        }
        return index == healthy ? chosen : index == 0 ? all : Arrays.copyOf(chosen, index);
    }

    private void drain(MemberState member, Duration time) {
        member.startDraining();
        draining.add(member);
        long millis = Objects.requireNonNullElse(time, Duration.ZERO).toMillis();
        group.next().schedule(() -> {
            member.channels.close();
            draining.remove(member);
        }, millis, TimeUnit.MILLISECONDS);
    }
}
