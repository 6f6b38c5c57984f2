package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.BalancerStatistics;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The counters of a worker being replaced. It keeps serving until its successor is ready, then finishes what it was
 * serving and exits (or drains up to hard-stop-after), so it is read through its own generation's stats socket
 * all along the reload, from a thread of its own: the shared stats socket blocks while the new worker starts.
 */
final class RetiringWorker {
    private final RuntimeSocket socket;
    private final Set<String> balancerIds;
    private final Thread watcher;
    private volatile Map<String, BalancerStatistics> latest;
    private volatile boolean watching = true;

    private RetiringWorker(RuntimeSocket socket, Set<String> balancerIds, Map<String, BalancerStatistics> initial) {
        this.socket = socket;
        this.balancerIds = Set.copyOf(balancerIds);
        this.latest = initial;
        this.watcher = Thread.ofVirtual().name("haproxy-retiring-worker").start(this::watch);
    }

    /** @param initial the counters read just before the reload */
    static RetiringWorker watch(RuntimeSocket socket, Set<String> balancerIds, Map<String, BalancerStatistics> initial) {
        return new RetiringWorker(socket, balancerIds, initial);
    }

    static Map<String, BalancerStatistics> countersOf(Set<String> balancerIds, StatTable table, Map<String, Long> latency) {
        Map<String, BalancerStatistics> counted = new HashMap<>();
        balancerIds.forEach(id -> counted.put(id, StatisticsReader.of(id, table, latency)));
        return counted;
    }

    /** Stops watching and reads on until the worker is gone, for at most {@code bound}; the last counters read. */
    Map<String, BalancerStatistics> lastCounters(Duration bound) {
        watching = false;
        try {
            watcher.join();
            long deadline = System.nanoTime() + bound.toNanos();
            while (System.nanoTime() < deadline && readOnce()) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return latest;
    }

    private void watch() {
        while (watching) {
            readOnce();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** False when the worker no longer answers (its sockets close when it stops accepting). */
    private boolean readOnce() {
        try {
            StatTable table = StatTable.parse(socket.send("show stat"));
            if (table.rows().isEmpty()) {
                return false;
            }
            latest = countersOf(balancerIds, table, StatisticsReader.parseLatency(socket.send("cloudgate latency")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
