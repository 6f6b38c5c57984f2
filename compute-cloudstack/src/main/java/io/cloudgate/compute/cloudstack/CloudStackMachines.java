package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Machines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Machines as CloudStack VMs. Launches are queued (see {@link DeployQueue}); state changes never wait. */
final class CloudStackMachines implements Machines {
    private static final String WHAT = "instance";

    private final Backend backend;
    private final VirtualMachineToMachine toMachine;
    private final LaunchRequests launches;

    CloudStackMachines(Backend backend) {
        this.backend = backend;
        this.toMachine = new VirtualMachineToMachine(backend.types);
        this.launches = new LaunchRequests(backend);
    }

    @Override
    public Machine launch(String account, LaunchSpec spec) {
        Map<String, String> params = launches.deployParams(account, spec);
        String launchId = MachineIds.newLaunchId();
        Instant now = backend.clock.instant();
        Machine placeholder = new Machine(launchId, account, spec.imageId(), spec.machineType(),
                launches.zoneName(params.get("zoneid")), DefaultNetwork.networkId(account),
                DefaultNetwork.subnetId(account, params.get("zoneid")), spec.privateAddress(), null,
                spec.securityGroupIds() == null ? List.of() : List.copyOf(spec.securityGroupIds()), spec.keyName(),
                spec.userData(), MachineState.PENDING, null, now, now, List.of(), Devices.ROOT);
        backend.deploys.enqueue(new DeployQueue.Queued(launchId, account, backend.links.require(account).actor(),
                params, placeholder));
        return placeholder;
    }

    @Override
    public List<Machine> list(String account) {
        List<JsonNode> vms = backend.list(account, "listVirtualMachines", Map.of(), "virtualmachine", WHAT);
        Map<String, List<JsonNode>> volumesByVm = new LinkedHashMap<>();
        backend.list(account, "listVolumes", Map.of(), "volume", "volume").forEach(volume -> {
            String vm = Fields.text(volume, "virtualmachineid");
            if (vm != null) {
                volumesByVm.computeIfAbsent(vm, k -> new ArrayList<>()).add(volume);
            }
        });
        List<Machine> machines = new ArrayList<>(backend.deploys.placeholders(account));
        for (JsonNode vm : vms) {
            String id = Fields.text(vm, "id");
            machines.add(present(account, vm, volumesByVm.getOrDefault(id, List.of())));
        }
        return machines;
    }

    @Override
    public Optional<Machine> find(String account, String machineId) {
        Optional<Machine> queued = backend.deploys.placeholder(account, machineId);
        if (queued.isPresent()) {
            return queued;
        }
        Optional<String> cloudStackId = backend.machineIds.toCloudStack(machineId);
        if (cloudStackId.isEmpty()) {
            return failedLaunch(account, machineId);
        }
        List<JsonNode> vms;
        try {
            vms = backend.list(account, "listVirtualMachines", Map.of("id", cloudStackId.get()), "virtualmachine",
                    WHAT);
        } catch (ComputeException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        if (vms.isEmpty()) {
            return failedLaunch(account, cloudStackId.get());
        }
        List<JsonNode> volumes = backend.list(account, "listVolumes", Map.of("virtualmachineid", cloudStackId.get()),
                "volume", "volume");
        return Optional.of(present(account, vms.get(0), volumes));
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

    @Override
    public Machine start(String account, String machineId) {
        return act(account, machineId, "startVirtualMachine", Map.of(), JobTracker.Action.START);
    }

    @Override
    public Machine stop(String account, String machineId, boolean force) {
        Machine current = require(account, machineId);
        if (current.state() == MachineState.STOPPED) {
            return current;
        }
        return act(account, machineId, "stopVirtualMachine", force ? Map.of("forced", "true") : Map.of(),
                JobTracker.Action.STOP);
    }

    @Override
    public Machine reboot(String account, String machineId) {
        return act(account, machineId, "rebootVirtualMachine", Map.of(), JobTracker.Action.REBOOT);
    }

    @Override
    public Machine terminate(String account, String machineId) {
        return act(account, machineId, "destroyVirtualMachine", Map.of("expunge", "true"), JobTracker.Action.DESTROY);
    }

    private Machine act(String account, String machineId, String command, Map<String, String> extra,
                        JobTracker.Action action) {
        Machine current = require(account, machineId);
        String cloudStackId = cloudStackId(machineId);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", cloudStackId);
        params.putAll(extra);
        AsyncJob job = backend.submit(account, command, params, WHAT);
        backend.tracker.track(cloudStackId, new JobTracker.Pending(account, job.jobId(), action));
        return withState(current, action.shownAs, current.stateReason());
    }

    @Override
    public Machine resize(String account, String machineId, String machineType) {
        Machine current = require(account, machineId);
        if (current.state() != MachineState.STOPPED) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance must be stopped to change its type");
        }
        String offering = backend.types.offeringId(machineType, Backend.guard(WHAT, backend.catalog::offerings))
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "Unknown instance type"));
        backend.call(account, "changeServiceForVirtualMachine",
                Map.of("id", cloudStackId(machineId), "serviceofferingid", offering), WHAT);
        return require(account, machineId);
    }

    @Override
    public Machine setUserData(String account, String machineId, byte[] userData) {
        Machine current = require(account, machineId);
        if (current.state() != MachineState.STOPPED) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance must be stopped to change its user data");
        }
        backend.call(account, "updateVirtualMachine", Map.of("id", cloudStackId(machineId), "userdata",
                Base64.getEncoder().encodeToString(userData == null ? new byte[0] : userData)), WHAT);
        return require(account, machineId);
    }

    @Override
    public Machine setSecurityGroups(String account, String machineId, List<String> securityGroupIds) {
        require(account, machineId);
        backend.call(account, "updateVirtualMachine", Map.of("id", cloudStackId(machineId), "securitygroupids",
                String.join(",", securityGroupIds)), WHAT);
        return require(account, machineId);
    }

    @Override
    public Machine setDeleteOnTermination(String account, String machineId, String deviceName,
                                          boolean deleteOnTermination) {
        Machine machine = require(account, machineId);
        boolean attached = machine.disks().stream().anyMatch(d -> d.deviceName().equals(deviceName));
        if (!attached) {
            throw ComputeException.notFound("No volume at " + deviceName + " that");
        }
        if (deleteOnTermination != deviceName.equals(Devices.ROOT)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT,
                    "This cloud deletes root volumes, and only them, with their instance");
        }
        return machine;
    }

    @Override
    public String consoleOutput(String account, String machineId) {
        require(account, machineId);
        return "";
    }

    private Machine require(String account, String machineId) {
        return find(account, machineId).orElseThrow(() -> ComputeException.notFound("The instance"));
    }

    private String cloudStackId(String machineId) {
        return backend.machineIds.toCloudStack(machineId)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance is still being launched"));
    }

    private static Machine withState(Machine m, MachineState state, String reason) {
        return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), m.publicAddress(), m.securityGroupIds(), m.keyName(), m.userData(), state,
                state == MachineState.RUNNING ? null : reason, m.launchedAt(), m.stateChangedAt(), m.disks(),
                m.rootDeviceName());
    }
}
