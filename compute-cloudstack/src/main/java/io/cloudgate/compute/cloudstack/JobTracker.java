package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.CloudStackApiException;
import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.CloudStackException;
import io.cloudgate.cloudstack.client.JobResult;
import io.cloudgate.compute.MachineState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Follows the async jobs of VMs so requests never wait for them: each tick looks at every pending job once.
 * While a job runs the VM shows the state EC2 expects (CloudStack shows a deploying VM as Stopped, a stopping one
 * as Running); a deploy that fails leaves a terminated tombstone with AWS's reason, and the VM CloudStack left in
 * Error is destroyed.
 */
final class JobTracker {
    /** What a job does to its VM. */
    enum Action {
        DEPLOY(MachineState.PENDING), START(MachineState.PENDING), STOP(MachineState.STOPPING),
        REBOOT(MachineState.RUNNING), DESTROY(MachineState.SHUTTING_DOWN);

        final MachineState shownAs;

        Action(MachineState shownAs) {
            this.shownAs = shownAs;
        }
    }

    record Pending(String tenant, String jobId, Action action) {
    }

    /** A failed deploy as a terminated machine. */
    record Failure(String tenant, String reason) {
    }

    private final CloudStackClient client;
    private final Consumer<String> changed;
    private final Map<String, Pending> pendingByVm = new ConcurrentHashMap<>();
    private final Map<String, Failure> failedByVm = new ConcurrentHashMap<>();

    /** @param changed told the tenant whose VM's job ended, to drop its cached lists */
    JobTracker(CloudStackClient client, Consumer<String> changed) {
        this.client = client;
        this.changed = changed;
    }

    void track(String cloudStackVmId, Pending pending) {
        pendingByVm.put(cloudStackVmId, pending);
    }

    Optional<Pending> pending(String cloudStackVmId) {
        return Optional.ofNullable(pendingByVm.get(cloudStackVmId));
    }

    Optional<Failure> failure(String cloudStackVmId) {
        return Optional.ofNullable(failedByVm.get(cloudStackVmId));
    }

    /** Records a launch that failed before or while deploying (also used by the deploy queue). */
    void failed(String id, Failure failure) {
        failedByVm.put(id, failure);
    }

    int pendingCount() {
        return pendingByVm.size();
    }

    /** One look at every pending job; an outage leaves them for the next tick. */
    void poll() {
        for (Map.Entry<String, Pending> entry : pendingByVm.entrySet()) {
            Pending pending = entry.getValue();
            JobResult result;
            try {
                result = client.queryJob(pending.jobId());
            } catch (CloudStackException e) {
                continue;
            }
            if (!result.done()) {
                continue;
            }
            pendingByVm.remove(entry.getKey(), pending);
            if (result.status() == JobResult.Status.FAILED && pending.action() == Action.DEPLOY) {
                boolean capacity = result.failure() instanceof CloudStackApiException.InsufficientCapacity;
                failedByVm.put(entry.getKey(), new Failure(pending.tenant(),
                        capacity ? VmStates.NO_CAPACITY : VmStates.INTERNAL_ERROR));
                cleanUp(entry.getKey(), pending.tenant());
            }
            changed.accept(pending.tenant());
        }
    }

    /** Destroys what a failed deploy left in Error; if that fails too, the operator's expunge will catch it. */
    private void cleanUp(String cloudStackVmId, String tenant) {
        try {
            client.submit("destroyVirtualMachine", Map.of("id", cloudStackVmId, "expunge", "true"), null);
        } catch (CloudStackException e) {
            changed.accept(tenant);
        }
    }
}
