package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Machines;
import io.cloudgate.compute.UsageSample;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Machines as CloudStack VMs. A launch is sent at once when the deploy rate allows (else queued, see
 * {@link DeployQueue}) and returns pending; state changes never wait for their jobs. Changes a machine's state does
 * not allow are refused before CloudStack is asked, with EC2's meaning.
 */
final class CloudStackMachines implements Machines {
    private static final String WHAT = "instance";

    private final Backend backend;
    private final MachineViews views;
    private final LaunchRequests launches;

    CloudStackMachines(Backend backend) {
        this.backend = backend;
        this.views = new MachineViews(backend);
        this.launches = new LaunchRequests(backend);
    }

    @Override
    public Machine launch(String account, LaunchSpec spec) {
        LaunchRequests.Launch launch = launches.deployParams(account, spec);
        String zoneId = launch.params().get("zoneid");
        String address = launch.params().get("ipaddress");
        if (address != null && backend.deploys.placeholders(account).stream()
                .anyMatch(m -> address.equals(m.privateAddress()) && m.subnetId().equals(launch.subnetId()))) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The private address is in use");
        }
        String launchId = MachineIds.newLaunchId();
        Instant now = backend.clock.instant();
        List<String> groups = launch.groups() != null ? launch.groups()
                : spec.securityGroupIds() == null || spec.securityGroupIds().isEmpty()
                ? defaultGroup(account) : List.copyOf(spec.securityGroupIds());
        Machine placeholder = new Machine(launchId, account, spec.imageId(), spec.machineType(),
                launches.zoneName(zoneId), launch.networkId(), launch.subnetId(), address, null, groups,
                spec.keyName(), spec.userData(), MachineState.PENDING, null, now, now, List.of(), Devices.ROOT);
        Optional<String> vm = backend.deploys.sendOrEnqueue(new DeployQueue.Queued(launchId, account,
                backend.links.require(account).actor(), launch.params(), placeholder));
        backend.changed(account);
        if (vm.isEmpty()) {
            return placeholder;
        }
        if (launch.dataDisk() != null) {
            backend.list(account, "listVolumes", Map.of("virtualmachineid", vm.get()), "volume", "volume").stream()
                    .filter(v -> "DATADISK".equals(Fields.text(v, "type"))).findFirst()
                    .ifPresent(v -> backend.devices.remember(Fields.text(v, "id"), launch.dataDisk().deviceName(),
                            launch.dataDisk().deleteOnTermination()));
        }
        return views.find(account, launchId).orElse(placeholder);
    }

    private List<String> defaultGroup(String account) {
        return backend.list(account, "listSecurityGroups", Map.of(), "securitygroup", "security group").stream()
                .filter(g -> "default".equals(Fields.text(g, "name"))).map(g -> Fields.text(g, "id")).toList();
    }

    @Override
    public List<Machine> list(String account) {
        return views.list(account);
    }

    @Override
    public Optional<Machine> find(String account, String machineId) {
        return views.find(account, machineId);
    }

    @Override
    public Machine start(String account, String machineId) {
        Machine current = views.require(account, machineId);
        return switch (current.state()) {
            case STOPPED -> act(account, current, "startVirtualMachine", Map.of(), JobTracker.Action.START);
            case PENDING, RUNNING -> current;
            default -> throw invalidState();
        };
    }

    @Override
    public Machine stop(String account, String machineId, boolean force) {
        Machine current = views.require(account, machineId);
        return switch (current.state()) {
            case RUNNING -> act(account, current, "stopVirtualMachine", force ? Map.of("forced", "true") : Map.of(),
                    JobTracker.Action.STOP);
            case STOPPING, STOPPED -> current;
            default -> throw invalidState();
        };
    }

    @Override
    public Machine reboot(String account, String machineId) {
        Machine current = views.require(account, machineId);
        if (current.state() != MachineState.RUNNING) {
            throw invalidState();
        }
        return act(account, current, "rebootVirtualMachine", Map.of(), JobTracker.Action.REBOOT);
    }

    /**
     * Takes the tenant's addresses off the VM first (EC2 disassociates them on termination), then destroys it with
     * its ROOT volume and the data volumes marked to go with it; the machine stays listed as terminated.
     */
    @Override
    public Machine terminate(String account, String machineId) {
        Machine current = views.require(account, machineId);
        if (current.state() == MachineState.TERMINATED || current.state() == MachineState.SHUTTING_DOWN) {
            return current;
        }
        if (backend.deploys.withdraw(account, machineId)) {
            backend.tombstones.bury(account, current, backend.clock.instant());
            return views.require(account, machineId);
        }
        String vm = cloudStackId(machineId);
        for (JsonNode address : backend.list(account, "listPublicIpAddresses", Map.of(), "publicipaddress", WHAT)) {
            if (vm.equals(Fields.text(address, "virtualmachineid")) && !Fields.bool(address, "issystem")) {
                backend.submitAndWait(account, "disableStaticNat", Map.of("ipaddressid", Fields.text(address, "id")),
                        "address", "success");
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", vm);
        params.put("expunge", "true");
        List<String> dataVolumes = current.disks().stream().filter(AttachedDisk::deleteOnTermination)
                .filter(d -> !d.deviceName().equals(current.rootDeviceName())).map(AttachedDisk::volumeId).toList();
        if (!dataVolumes.isEmpty()) {
            params.put("volumeids", String.join(",", dataVolumes));
        }
        Machine shuttingDown = act(account, current, "destroyVirtualMachine", params, JobTracker.Action.DESTROY);
        backend.tombstones.bury(account, current, backend.clock.instant());
        return shuttingDown;
    }

    private Machine act(String account, Machine current, String command, Map<String, String> extra,
                        JobTracker.Action action) {
        String cloudStackId = cloudStackId(current.id());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", cloudStackId);
        params.putAll(extra);
        AsyncJob job = backend.submit(account, command, params, WHAT);
        backend.tracker.track(cloudStackId, new JobTracker.Pending(account, job.jobId(), action));
        return MachineViews.withState(current, action.shownAs, current.stateReason());
    }

    @Override
    public Machine resize(String account, String machineId, String machineType) {
        Machine current = requireStopped(account, machineId, "to change its type");
        String offering = backend.types.offeringId(machineType, Backend.guard(WHAT, backend.catalog::offerings))
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "Unknown instance type"));
        if (machineType.equals(current.machineType())) {
            return current;
        }
        backend.call(account, "changeServiceForVirtualMachine",
                Map.of("id", cloudStackId(machineId), "serviceofferingid", offering), WHAT);
        return views.require(account, machineId);
    }

    @Override
    public Machine setUserData(String account, String machineId, byte[] userData) {
        requireStopped(account, machineId, "to change its user data");
        backend.call(account, "updateVirtualMachine", Map.of("id", cloudStackId(machineId), "userdata",
                Base64.getEncoder().encodeToString(userData == null ? new byte[0] : userData)), WHAT);
        return views.require(account, machineId);
    }

    /** CloudStack changes a VM's security groups only while it is stopped. */
    @Override
    public Machine setSecurityGroups(String account, String machineId, List<String> securityGroupIds) {
        requireStopped(account, machineId, "to change its security groups");
        backend.call(account, "updateVirtualMachine", Map.of("id", cloudStackId(machineId), "securitygroupids",
                String.join(",", securityGroupIds)), WHAT);
        return views.require(account, machineId);
    }

    /** Root volumes always go with their VM on CloudStack; data volumes go when the destroy names them. */
    @Override
    public Machine setDeleteOnTermination(String account, String machineId, String deviceName,
                                          boolean deleteOnTermination) {
        Machine machine = views.require(account, machineId);
        AttachedDisk disk = machine.disks().stream().filter(d -> d.deviceName().equals(deviceName)).findFirst()
                .orElseThrow(() -> ComputeException.notFound("No volume at " + deviceName + " that"));
        if (deviceName.equals(machine.rootDeviceName())) {
            if (!deleteOnTermination) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "This cloud deletes root volumes with their"
                        + " instance");
            }
            return machine;
        }
        backend.devices.remember(disk.volumeId(), deviceName, deleteOnTermination);
        return views.require(account, machineId);
    }

    @Override
    public String consoleOutput(String account, String machineId) {
        views.require(account, machineId);
        return "";
    }

    /**
     * The minutes the sampler recorded ({@link UsageSampler}); the tenant's own records only, so another tenant's
     * machine id finds nothing, and no call to CloudStack.
     */
    @Override
    public List<UsageSample> usage(String account, String machineId, Instant from, Instant to) {
        if (account == null || machineId == null || from == null || to == null || !from.isBefore(to)) {
            return List.of();
        }
        return backend.usage.samples(account, machineId, from, to);
    }

    private Machine requireStopped(String account, String machineId, String why) {
        Machine current = views.require(account, machineId);
        if (current.state() != MachineState.STOPPED) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance must be stopped " + why);
        }
        return current;
    }

    private String cloudStackId(String machineId) {
        return backend.machineIds.toCloudStack(machineId)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance is still being launched"));
    }

    private static ComputeException invalidState() {
        return new ComputeException(Kind.INVALID_STATE, "The instance is not in a state that allows this");
    }
}
