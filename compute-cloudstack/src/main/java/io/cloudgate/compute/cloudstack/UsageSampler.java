package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns CloudStack's VM statistics into per-minute usage: a few seconds after every minute of the clock, lists the
 * VMs of each linked tenant (one listVirtualMachines per tenant, through the list cache, so it is shared with a
 * concurrent Describe) and records the minute that just ended for each (see {@link UsageRecord}): before CloudStack
 * 4.17 from the growth of the listed counters, from 4.17 on from the statistics entries collected in the minute
 * (one listVirtualMachinesUsageHistory per tenant, see {@link UsageHistory}). It runs on a thread of its own, so a
 * slow CloudStack delays neither requests nor job polling.
 */
final class UsageSampler implements AutoCloseable {
    private static final long MINUTE_MILLIS = 60_000;
    /** How long after a minute ends its pass runs. */
    private static final long OFFSET_MILLIS = 5_000;

    private final Backend backend;
    private ScheduledExecutorService executor;

    UsageSampler(Backend backend) {
        this.backend = backend;
    }

    /** Samples every minute from now on, until closed. */
    synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "cloudstack-usage");
                thread.setDaemon(true);
                return thread;
            });
            scheduleNext();
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Records the minute that ended last for every tenant not yet sampled for it (by this or another gateway). */
    void sampleAll() {
        long minute = Math.floorDiv(backend.clock.millis(), MINUTE_MILLIS) - 1;
        // Asked before any claim: if CloudStack cannot say, no tenant's minute is claimed and lost.
        boolean history = backend.version.keepsStatsHistory();
        for (String tenant : backend.links.tenants()) {
            if (backend.usage.claim(tenant, minute)) {
                try {
                    sample(tenant, minute, history);
                } catch (RuntimeException e) {
                    // CloudStack or the store failed for this tenant: its minute stays unrecorded, the others go on.
                }
            }
        }
    }

    private void sample(String tenant, long minute, boolean history) {
        List<JsonNode> vms = backend.list(tenant, "listVirtualMachines", Map.of(), "virtualmachine", "instance");
        Map<String, List<JsonNode>> entries = history ? UsageHistory.ofMinute(backend, tenant, minute, vms) : null;
        backend.usage.batch(() -> {
            for (JsonNode vm : vms) {
                String cloudStackId = Fields.text(vm, "id");
                if (cloudStackId == null) {
                    continue;
                }
                String machineId = backend.machineIds.toPort(cloudStackId);
                Optional<UsageRecord> recorded = history
                        ? UsageRecord.ofMinute(vm, minute, entries.getOrDefault(cloudStackId, List.of()))
                        : UsageRecord.next(vm, minute,
                                () -> backend.usage.find(tenant, machineId, minute - 1).orElse(null));
                recorded.ifPresent(r -> backend.usage.add(tenant, machineId, r));
            }
        });
    }

    private synchronized void scheduleNext() {
        long delay = MINUTE_MILLIS - Math.floorMod(backend.clock.millis(), MINUTE_MILLIS) + OFFSET_MILLIS;
        try {
            executor.schedule(this::sampleAndReschedule, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: sampling stops.
        }
    }

    private void sampleAndReschedule() {
        try {
            sampleAll();
        } catch (RuntimeException e) {
            // The tenant directory could not be read; the next minute tries again.
        } finally {
            scheduleNext();
        }
    }
}
