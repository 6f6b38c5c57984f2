package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.MemberHealth;
import io.cloudgate.loadbalancer.Pool;
import io.netty.channel.EventLoopGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One balancer's bound listeners, pools and counters. Its apply and close are serialised by the data plane. */
final class RunningBalancer {
    final StatisticsCounters stats = new StatisticsCounters();
    final EmbeddedDataPlaneSettings settings;
    final Clock clock;
    private final EventLoopGroup group;
    private volatile Map<String, PoolState> pools = Map.of();
    private Map<String, BoundListener> listeners = Map.of();

    RunningBalancer(EventLoopGroup group, Clock clock, EmbeddedDataPlaneSettings settings) {
        this.group = group;
        this.clock = clock;
        this.settings = settings;
    }

    PoolState pool(String id) {
        return pools.get(id);
    }

    /**
     * Binds new listeners first (if one fails, those just bound are closed and nothing else changes), then
     * converges pools and listener configurations, then closes listeners that are gone.
     */
    void apply(BalancerConfig config) {
        Map<String, ServerTls> tls = serverTls(config);
        Map<String, BoundListener> next = new LinkedHashMap<>();
        List<BoundListener> bound = new ArrayList<>();
        List<BoundListener> replaced = new ArrayList<>();
        try {
            for (Listener listener : config.listeners()) {
                BoundListener existing = listeners.get(BoundListener.key(listener));
                if (existing != null && existing.listener().protocol() == listener.protocol()) {
                    next.put(BoundListener.key(listener), existing);
                    continue;
                }
                if (existing != null) {
                    // Same socket, other protocol: the old one has to let go of the port first.
                    existing.close();
                    replaced.add(existing);
                }
                BoundListener fresh = BoundListener.bind(listener, tls.get(BoundListener.key(listener)), group, this);
                bound.add(fresh);
                next.put(BoundListener.key(listener), fresh);
            }
        } catch (RuntimeException e) {
            bound.forEach(BoundListener::close);
            throw e;
        }
        applyPools(config.pools());
        for (Listener listener : config.listeners()) {
            next.get(BoundListener.key(listener)).update(listener, tls.get(BoundListener.key(listener)));
        }
        listeners.forEach((key, old) -> {
            if (next.get(key) != old && !replaced.contains(old)) {
                old.close();
            }
        });
        listeners = next;
    }

    /**
     * Each listener's TLS contexts, built before anything changes (a certificate that cannot be used rejects the
     * whole configuration); unchanged certificates keep the contexts already built.
     */
    private Map<String, ServerTls> serverTls(BalancerConfig config) {
        Map<String, ServerTls> tls = new HashMap<>();
        for (Listener listener : config.listeners()) {
            BoundListener existing = listeners.get(BoundListener.key(listener));
            ServerTls kept = existing == null ? null : existing.tlsFor(listener.tls());
            tls.put(BoundListener.key(listener), kept != null ? kept : ServerTls.of(listener.tls()));
        }
        return tls;
    }

    private void applyPools(List<Pool> definitions) {
        Map<String, PoolState> current = new HashMap<>(pools);
        Map<String, PoolState> next = new HashMap<>();
        for (Pool pool : definitions) {
            PoolState kept = current.remove(pool.id());
            if (kept != null && kept.pool().protocol() == pool.protocol()) {
                kept.update(pool);
                next.put(pool.id(), kept);
            } else {
                if (kept != null) {
                    kept.retire();
                }
                next.put(pool.id(), new PoolState(group, pool));
            }
        }
        pools = Map.copyOf(next);
        current.values().forEach(PoolState::retire);
    }

    List<MemberHealth> health() {
        List<MemberHealth> health = new ArrayList<>();
        pools.values().forEach(pool -> health.addAll(pool.health()));
        return health;
    }

    int listenerCount() {
        return listeners.size();
    }

    void close() {
        listeners.values().forEach(BoundListener::close);
        listeners = Map.of();
        pools.values().forEach(PoolState::close);
        pools = Map.of();
    }
}
