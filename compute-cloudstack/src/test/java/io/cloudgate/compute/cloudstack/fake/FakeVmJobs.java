package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * start, stop, reboot and destroy. CloudStack runs one job at a time per VM, so a job submitted while another works
 * on the VM (a destroy right after a deploy) starts when that one ends.
 */
final class FakeVmJobs {
    private static final String CMD = "org.apache.cloudstack.api.command.admin.vm.";
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final FakeState state;
    private final FakeRenderCompute render;
    private final Map<String, Instant> busyUntil = new HashMap<>();

    FakeVmJobs(FakeState state, FakeRenderCompute render) {
        this.state = state;
        this.render = render;
    }

    Vm owned(FakeRequest r) {
        Vm vm = state.find(state.vms, r, "id");
        FakeState.checkOwner(r.caller(), vm.owner);
        return vm;
    }

    void busy(Vm vm, FakeJobs.Job job) {
        busyUntil.put(vm.id, job.readyAt);
    }

    /**
     * What a finished start does: Running, volumes ready, an automatic public address when it has none, statistics
     * counting from zero.
     */
    void started(Vm vm) {
        vm.deployJobId = null;
        state.touch(vm, "Running");
        vm.countersSince = state.now();
        state.volumes.values().stream().filter(v -> v.vm == vm).forEach(v -> v.state = "Ready");
        state.giveSystemIp(vm);
    }

    ObjectNode start(FakeRequest r) {
        Vm vm = owned(r);
        String[] before = new String[1];
        return submit(r, vm, "StartVMCmdByAdmin", SECOND, () -> {
            if (!before[0].equals("Stopped")) {
                throw FakeApiError.invalid("The virtual machine " + vm.id + " (" + vm.name + ") is "
                        + (before[0].equals("Running") ? "already running" : "in state " + before[0]));
            }
            started(vm);
            return result(vm);
        }, () -> {
            before[0] = vm.state;
            if (vm.state.equals("Stopped")) {
                state.touch(vm, "Starting");
            }
        });
    }

    ObjectNode stop(FakeRequest r) {
        Vm vm = owned(r);
        return submit(r, vm, "StopVMCmdByAdmin", SECOND, () -> {
            if (!vm.state.equals("Running") && !vm.state.equals("Stopped")) {
                throw new FakeApiError(530, 4250, "Unable to stop VM " + vm.id + " in state " + vm.state);
            }
            stopped(vm);
            return result(vm);
        }, () -> { });
    }

    ObjectNode reboot(FakeRequest r) {
        Vm vm = owned(r);
        return submit(r, vm, "RebootVMCmdByAdmin", SECOND, () -> {
            if (!vm.state.equals("Running")) {
                throw FakeApiError.invalid("Unable to reboot VM " + vm.id + "; it is in state " + vm.state);
            }
            state.touch(vm, "Running");
            return result(vm);
        }, () -> { });
    }

    /** With expunge, the VM goes Stopped, Expunging, then away with its ROOT volume; without, it stays Destroyed. */
    ObjectNode destroy(FakeRequest r) {
        Vm vm = owned(r);
        if (vm.state.equals("Expunging") || vm.state.equals("Destroyed")) {
            throw FakeApiError.invalid("VM " + vm.id + " is already " + vm.state.toLowerCase());
        }
        boolean expunge = r.bool("expunge");
        Duration wait = waitFor(vm);
        FakeJobs.Job job = state.jobs.submit(r.caller(), CMD + "DestroyVMCmdByAdmin", "VirtualMachine", vm.id,
                wait.plus(SECOND.multipliedBy(3)), FakeJobs.LONG, () -> {
                    ObjectNode result = result(vm);
                    if (expunge) {
                        state.expunge(vm);
                    }
                    return result;
                });
        job.step(wait.plus(SECOND), () -> stopped(vm))
                .step(wait.plus(SECOND.multipliedBy(2)), () -> state.touch(vm, expunge ? "Expunging" : "Destroyed"));
        busy(vm, job);
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }

    private void stopped(Vm vm) {
        if (!vm.state.equals("Stopped")) {
            state.touch(vm, "Stopped");
        }
        vm.countersSince = null;
        state.releaseSystemIp(vm);
    }

    private ObjectNode submit(FakeRequest r, Vm vm, String cmd, Duration duration, Supplier<ObjectNode> finish,
                              Runnable atStart) {
        Duration wait = waitFor(vm);
        FakeJobs.Job job = state.jobs.submit(r.caller(), CMD + cmd, "VirtualMachine", vm.id, wait.plus(duration),
                FakeJobs.LONG, finish);
        if (wait.isZero()) {
            atStart.run();
        } else {
            job.step(wait, atStart);
        }
        busy(vm, job);
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }

    private Duration waitFor(Vm vm) {
        Instant until = busyUntil.get(vm.id);
        Instant now = state.now();
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    private ObjectNode result(Vm vm) {
        ObjectNode answer = FakeRender.JSON.createObjectNode();
        answer.set("virtualmachine", render.vm(vm, false));
        return answer;
    }
}
