package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.Actor;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.CloudStackException;
import io.cloudgate.cloudstack.client.CloudStackUnavailableException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Launches reach CloudStack at a bounded rate. A launch is sent at once while fewer than the configured number of
 * deploys went out in the current second and none are waiting, so CloudStack's refusals (limits, a taken address)
 * reach the client; beyond that it waits here, shown as a pending machine, and each tick sends the next ones. A
 * burst of hundreds thus never becomes a boot storm on the management server. A queued launch that CloudStack
 * refuses becomes a terminated machine; an outage puts it back at the head.
 */
final class DeployQueue {
    private static final String DEPLOY = "deployVirtualMachine";

    /** A launch not yet sent; {@code placeholder} is what Describe shows meanwhile. */
    record Queued(String launchId, String tenant, Actor actor, Map<String, String> params, Machine placeholder) {
    }

    private final CloudStackClient client;
    private final MachineIds ids;
    private final JobTracker tracker;
    private final Clock clock;
    private final int perSecond;
    private final Deque<Queued> queue = new ConcurrentLinkedDeque<>();
    private final Map<String, Queued> waiting = new ConcurrentHashMap<>();
    private long windowSecond = Long.MIN_VALUE;
    private int sentInWindow;

    DeployQueue(CloudStackClient client, MachineIds ids, JobTracker tracker, Clock clock, int perSecond) {
        this.client = client;
        this.ids = ids;
        this.tracker = tracker;
        this.clock = clock;
        this.perSecond = perSecond;
    }

    /**
     * Sends the launch now if the rate allows, returning the new VM's CloudStack id, or queues it and returns
     * empty. CloudStack refusing a launch sent now is thrown as the port's error.
     */
    Optional<String> sendOrEnqueue(Queued launch) {
        if (!queue.isEmpty() || !permit()) {
            enqueue(launch);
            return Optional.empty();
        }
        try {
            return Optional.of(send(launch));
        } catch (CloudStackUnavailableException e) {
            enqueue(launch);
            return Optional.empty();
        } catch (CloudStackException e) {
            throw BackendErrors.translate(e, "instance");
        }
    }

    void enqueue(Queued launch) {
        waiting.put(launch.launchId(), launch);
        queue.addLast(launch);
    }

    /** Takes a launch that is still waiting out of the queue (terminated before it was sent). */
    boolean withdraw(String tenant, String launchId) {
        Queued queued = waiting.get(launchId);
        if (queued == null || !queued.tenant().equals(tenant) || !queue.remove(queued)) {
            return false;
        }
        waiting.remove(launchId);
        return true;
    }

    Optional<Machine> placeholder(String tenant, String launchId) {
        return Optional.ofNullable(waiting.get(launchId)).filter(q -> q.tenant().equals(tenant))
                .map(Queued::placeholder);
    }

    List<Machine> placeholders(String tenant) {
        List<Machine> machines = new ArrayList<>();
        waiting.values().stream().filter(q -> q.tenant().equals(tenant)).forEach(q -> machines.add(q.placeholder()));
        return machines;
    }

    int size() {
        return waiting.size();
    }

    /** Sends up to {@code max} queued deploys. */
    void drain(int max) {
        for (int sent = 0; sent < max; sent++) {
            Queued launch = queue.pollFirst();
            if (launch == null) {
                return;
            }
            count();
            try {
                send(launch);
            } catch (CloudStackUnavailableException e) {
                queue.addFirst(launch);
                return;
            } catch (CloudStackException e) {
                ComputeException kind = BackendErrors.translate(e, "instance");
                tracker.failed(launch.launchId(), new JobTracker.Failure(launch.tenant(),
                        kind.kind() == ComputeException.Kind.CAPACITY ? VmStates.NO_CAPACITY : VmStates.INTERNAL_ERROR));
                waiting.remove(launch.launchId());
            }
        }
    }

    private String send(Queued launch) {
        AsyncJob job = client.submit(DEPLOY, launch.params(), launch.actor());
        ids.bind(launch.launchId(), job.resourceId());
        tracker.track(job.resourceId(), new JobTracker.Pending(launch.tenant(), job.jobId(), JobTracker.Action.DEPLOY));
        waiting.remove(launch.launchId());
        return job.resourceId();
    }

    /** Whether another deploy may go out in the current second, counting it if so. */
    private synchronized boolean permit() {
        startWindow();
        if (sentInWindow >= perSecond) {
            return false;
        }
        sentInWindow++;
        return true;
    }

    /** Counts a deploy the tick sends (its own budget), so launches right after it wait their turn. */
    private synchronized void count() {
        startWindow();
        sentInWindow++;
    }

    private void startWindow() {
        long second = clock.millis() / 1000;
        if (second != windowSecond) {
            windowSecond = second;
            sentInWindow = 0;
        }
    }
}
