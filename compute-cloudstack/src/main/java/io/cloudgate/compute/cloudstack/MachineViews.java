package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Machines as Describe shows them: launches still queued, VMs as CloudStack lists them with the state their pending
 * job implies, failed deploys and terminated machines CloudStack has already forgotten.
 */
final class MachineViews {
    private static final String WHAT = "instance";

    private final Backend backend;
    private final VirtualMachineToMachine toMachine;

    MachineViews(Backend backend) {
        this.backend = backend;
        this.toMachine = new VirtualMachineToMachine(backend.types, backend.devices, backend.imageIds);
    }

    List<Machine> list(String account) {
        List<JsonNode> vms = backend.list(account, "listVirtualMachines", Map.of(), "virtualmachine", WHAT);
        Map<String, List<JsonNode>> volumesByVm = new LinkedHashMap<>();
        backend.list(account, "listVolumes", Map.of(), "volume", "volume").forEach(volume -> {
            String vm = Fields.text(volume, "virtualmachineid");
            if (vm != null) {
                volumesByVm.computeIfAbsent(vm, k -> new ArrayList<>()).add(volume);
            }
        });
        List<Machine> machines = new ArrayList<>(backend.deploys.placeholders(account));
        Set<String> listed = new HashSet<>();
        for (JsonNode vm : vms) {
            Machine machine = present(account, vm, volumesByVm.getOrDefault(Fields.text(vm, "id"), List.of()));
            listed.add(machine.id());
            machines.add(machine);
        }
        backend.tombstones.list(account).stream().filter(m -> !listed.contains(m.id())).forEach(machines::add);
        return machines;
    }

    Optional<Machine> find(String account, String machineId) {
        Optional<Machine> queued = backend.deploys.placeholder(account, machineId);
        if (queued.isPresent()) {
            return queued;
        }
        Optional<String> cloudStackId = backend.machineIds.toCloudStack(machineId);
        if (cloudStackId.isEmpty()) {
            return gone(account, machineId, machineId);
        }
        List<JsonNode> vms;
        try {
            vms = backend.list(account, "listVirtualMachines", Map.of("id", cloudStackId.get(), "userdata", "true"),
                    "virtualmachine", WHAT);
        } catch (ComputeException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return gone(account, machineId, cloudStackId.get());
            }
            throw e;
        }
        if (vms.isEmpty()) {
            return gone(account, machineId, cloudStackId.get());
        }
        List<JsonNode> volumes = backend.list(account, "listVolumes", Map.of("virtualmachineid", cloudStackId.get()),
                "volume", "volume");
        return Optional.of(present(account, vms.get(0), volumes));
    }

    Machine require(String account, String machineId) {
        return find(account, machineId).orElseThrow(() -> ComputeException.notFound("The instance"));
    }

    /** A machine CloudStack does not list: terminated a while ago, or a launch that failed. */
    private Optional<Machine> gone(String account, String machineId, String cloudStackId) {
        Optional<Machine> buried = backend.tombstones.find(account, machineId);
        return buried.isPresent() ? buried : failedLaunch(account, cloudStackId);
    }

    private Optional<Machine> failedLaunch(String account, String id) {
        return backend.tracker.failure(id).filter(f -> f.tenant().equals(account)).map(f -> {
            Instant now = backend.clock.instant();
            return new Machine(backend.machineIds.toPort(id), account, null, null, null, null, null, null, null,
                    List.of(), null, null, MachineState.TERMINATED, f.reason(), now, now, List.of(), Devices.ROOT);
        });
    }

    /** The VM as the port shows it: a pending job's state wins, a failed deploy is terminated. */
    private Machine present(String account, JsonNode vm, List<JsonNode> volumes) {
        String cloudStackId = Fields.text(vm, "id");
        Machine machine = toMachine.apply(account, backend.machineIds.toPort(cloudStackId), vm, volumes);
        Optional<JobTracker.Failure> failure = backend.tracker.failure(cloudStackId);
        if (failure.isPresent()) {
            return withState(machine, MachineState.TERMINATED, failure.get().reason());
        }
        return backend.tracker.pending(cloudStackId)
                .filter(p -> p.action().shownAs != machine.state() && machine.state() != MachineState.TERMINATED)
                .map(p -> withState(machine, p.action().shownAs, machine.stateReason()))
                .orElse(machine);
    }

    static Machine withState(Machine m, MachineState state, String reason) {
        return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), m.publicAddress(), m.securityGroupIds(), m.keyName(), m.userData(), state,
                state == MachineState.RUNNING ? null : reason, m.launchedAt(), m.stateChangedAt(), m.disks(),
                m.rootDeviceName());
    }
}
