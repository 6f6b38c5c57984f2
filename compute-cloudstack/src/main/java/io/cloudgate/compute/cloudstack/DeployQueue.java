package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.cloudstack.client.Actor;
import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.CloudStackException;
import io.cloudgate.cloudstack.client.CloudStackUnavailableException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Launches waiting their turn: RunInstances enqueues and returns a pending machine at once; each tick sends at
 * most the configured number of deploys, so a burst of hundreds never becomes a boot storm on the management
 * server. An outage puts the launch back at the head; a refusal turns it into a terminated machine.
 */
final class DeployQueue {
    /** A launch not yet sent; {@code placeholder} is what Describe shows meanwhile. */
    record Queued(String launchId, String tenant, Actor actor, Map<String, String> params, Machine placeholder) {
    }

    private final CloudStackClient client;
    private final MachineIds ids;
    private final JobTracker tracker;
    private final Deque<Queued> queue = new ConcurrentLinkedDeque<>();
    private final Map<String, Queued> waiting = new ConcurrentHashMap<>();

    DeployQueue(CloudStackClient client, MachineIds ids, JobTracker tracker) {
        this.client = client;
        this.ids = ids;
        this.tracker = tracker;
    }

    void enqueue(Queued launch) {
        waiting.put(launch.launchId(), launch);
        queue.addLast(launch);
    }

    Optional<Machine> placeholder(String tenant, String launchId) {
        return Optional.ofNullable(waiting.get(launchId)).filter(q -> q.tenant().equals(tenant)).map(Queued::placeholder);
    }

    List<Machine> placeholders(String tenant) {
        List<Machine> machines = new ArrayList<>();
        waiting.values().stream().filter(q -> q.tenant().equals(tenant)).forEach(q -> machines.add(q.placeholder()));
        return machines;
    }

    int size() {
        return waiting.size();
    }

    /** Sends up to {@code max} deploys. */
    void drain(int max) {
        for (int sent = 0; sent < max; sent++) {
            Queued launch = queue.pollFirst();
            if (launch == null) {
                return;
            }
            try {
                AsyncJob job = client.submit("deployVirtualMachine", launch.params(), launch.actor());
                ids.bind(launch.launchId(), job.resourceId());
                tracker.track(job.resourceId(), new JobTracker.Pending(launch.tenant(), job.jobId(),
                        JobTracker.Action.DEPLOY));
                waiting.remove(launch.launchId());
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
}
