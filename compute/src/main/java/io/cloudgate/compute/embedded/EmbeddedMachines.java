package io.cloudgate.compute.embedded;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.Machines;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.UsageSample;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Machine life cycles. Each change writes the state it starts (PENDING, STOPPING, SHUTTING_DOWN) and the
 * {@link Lifecycle} completes it on later reads. vCPUs are held while a machine is pending or running;
 * an automatic public address is held while it runs and given back on stop and terminate.
 */
final class EmbeddedMachines implements Machines {
    private final EmbeddedCompute cloud;
    private final AccountLocks locks;
    private final MachineRecords machines;
    private final MachineLauncher launcher;
    private final VcpuCapacity capacity;
    private final PublicAddressPool pool;
    private final Lifecycle lifecycle;
    private final LoopbackAddresses loopback;
    private final String region;

    EmbeddedMachines(EmbeddedCompute cloud, AccountLocks locks, MachineRecords machines, MachineLauncher launcher,
                     VcpuCapacity capacity, PublicAddressPool pool, Lifecycle lifecycle, LoopbackAddresses loopback,
                     String region) {
        this.cloud = cloud;
        this.locks = locks;
        this.machines = machines;
        this.launcher = launcher;
        this.capacity = capacity;
        this.pool = pool;
        this.lifecycle = lifecycle;
        this.loopback = loopback;
        this.region = region;
    }

    @Override
    public Machine launch(String account, LaunchSpec spec) {
        if (spec == null) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Nothing to launch");
        }
        return locks.inAccount(account, () -> launcher.launch(account, spec));
    }

    @Override
    public List<Machine> list(String account) {
        return machines.current(account).stream().map(MachineDoc::machine).toList();
    }

    @Override
    public Optional<Machine> find(String account, String machineId) {
        return machines.find(account, machineId).map(MachineDoc::machine);
    }

    @Override
    public Machine start(String account, String machineId) {
        return change(account, machineId, doc -> {
            Machine machine = doc.machine();
            return switch (machine.state()) {
                case PENDING, RUNNING -> doc;
                case STOPPED -> {
                    if (machine.disks().stream().noneMatch(d -> d.deviceName().equals(machine.rootDeviceName()))) {
                        throw new ComputeException(Kind.INVALID_STATE,
                                "Machine " + machine.id() + " has no root volume at " + machine.rootDeviceName());
                    }
                    capacity.reserve(vcpus(machine));
                    String publicAddress = machine.publicAddress();
                    if (doc.wantsPublicAddress() && doc.addressId() == null) {
                        publicAddress = pool.claim(account, PublicAddressPool.AUTOMATIC);
                    }
                    Machine pending = MachineCopies.withState(machine, MachineState.PENDING, null, lifecycle.now());
                    yield doc.withMachine(MachineCopies.withPublicAddress(pending, publicAddress));
                }
                default -> throw incorrectState(machine, "started");
            };
        });
    }

    @Override
    public Machine stop(String account, String machineId, boolean force) {
        return change(account, machineId, doc -> {
            Machine machine = doc.machine();
            return switch (machine.state()) {
                case STOPPING, STOPPED -> doc;
                case RUNNING -> {
                    capacity.release(vcpus(machine));
                    Machine stopping = MachineCopies.withState(machine, MachineState.STOPPING, Lifecycle.USER_SHUTDOWN,
                            lifecycle.now());
                    yield doc.withMachine(dropAutomaticAddress(doc, stopping));
                }
                default -> throw incorrectState(machine, "stopped");
            };
        });
    }

    @Override
    public Machine reboot(String account, String machineId) {
        return change(account, machineId, doc -> {
            if (doc.machine().state() != MachineState.RUNNING) {
                throw incorrectState(doc.machine(), "rebooted");
            }
            return doc;
        });
    }

    @Override
    public Machine terminate(String account, String machineId) {
        return change(account, machineId, doc -> {
            Machine machine = doc.machine();
            if (!MachineRecords.isActive(machine)) {
                return doc;
            }
            if (machine.state() == MachineState.PENDING || machine.state() == MachineState.RUNNING) {
                capacity.release(vcpus(machine));
            }
            if (doc.addressId() != null) {
                cloud.addresses.machineTerminated(account, doc.addressId());
            }
            cloud.volumes.machineTerminated(account, machine.disks());
            loopback.release(machine.loopbackAddress());
            Machine shuttingDown = MachineCopies.withState(machine, MachineState.SHUTTING_DOWN, Lifecycle.USER_SHUTDOWN,
                    lifecycle.now());
            Machine released = doc.addressId() != null
                    ? MachineCopies.withPublicAddress(shuttingDown, null)
                    : dropAutomaticAddress(doc, shuttingDown);
            return doc.withMachine(released).withAddressId(null);
        });
    }

    @Override
    public Machine resize(String account, String machineId, String machineType) {
        MachineType type = cloud.machineTypes().find(machineType)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "Unknown machine type " + machineType));
        return change(account, machineId, doc -> {
            requireStopped(doc.machine(), "resized");
            cloud.images.find(account, doc.machine().imageId())
                    .ifPresent(image -> MachineLauncher.requireArchitecture(type, image));
            return doc.withMachine(MachineCopies.withType(doc.machine(), machineType));
        });
    }

    @Override
    public Machine setUserData(String account, String machineId, byte[] userData) {
        return change(account, machineId, doc -> {
            requireStopped(doc.machine(), "given new user data");
            return doc.withMachine(MachineCopies.withUserData(doc.machine(), userData));
        });
    }

    @Override
    public Machine setSecurityGroups(String account, String machineId, List<String> securityGroupIds) {
        return change(account, machineId, doc -> {
            Machine machine = doc.machine();
            if (!MachineRecords.isActive(machine)) {
                throw incorrectState(machine, "changed");
            }
            if (securityGroupIds == null || securityGroupIds.isEmpty()) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "A machine needs at least one security group");
            }
            List<String> groups = launcher.groupsFor(account, securityGroupIds, machine.networkId());
            return doc.withMachine(MachineCopies.withSecurityGroups(machine, groups));
        });
    }

    @Override
    public Machine setDeleteOnTermination(String account, String machineId, String deviceName,
                                          boolean deleteOnTermination) {
        return change(account, machineId, doc -> {
            Machine machine = doc.machine();
            AttachedDisk disk = machine.disks().stream().filter(d -> d.deviceName().equals(deviceName)).findFirst()
                    .orElseThrow(() -> ComputeException.notFound("Volume at " + deviceName + " of " + machineId));
            AttachedDisk changed = new AttachedDisk(disk.volumeId(), disk.deviceName(), deleteOnTermination,
                    disk.attachedAt());
            cloud.volumes.attachmentChanged(account, changed);
            List<AttachedDisk> disks = machine.disks().stream().map(d -> d == disk ? changed : d).toList();
            return doc.withMachine(MachineCopies.withDisks(machine, disks));
        });
    }

    @Override
    public String consoleOutput(String account, String machineId) {
        Machine machine = machines.require(account, machineId).machine();
        if (machine.state() == MachineState.PENDING && machine.stateChangedAt().equals(machine.launchedAt())) {
            return "";
        }
        String imageName = cloud.images.find(account, machine.imageId()).map(Image::name).orElse("Linux");
        String subnetCidr = cloud.networks.findSubnet(account, machine.subnetId()).map(Subnet::cidr)
                .orElse(machine.privateAddress() + "/32");
        return ConsoleLog.render(machine, imageName, subnetCidr, region);
    }

    @Override
    public List<UsageSample> usage(String account, String machineId, Instant from, Instant to) {
        return machines.find(account, machineId)
                .map(doc -> SimulatedUsage.of(doc.machine(), from, to, lifecycle.now()))
                .orElse(List.of());
    }

    private Machine change(String account, String machineId, UnaryOperator<MachineDoc> transition) {
        return locks.inAccount(account, () -> {
            MachineDoc current = machines.require(account, machineId);
            MachineDoc next = transition.apply(current);
            if (next != current) {
                machines.save(next);
            }
            return next.machine();
        });
    }

    /** Gives an automatic public address back to the pool; an associated allocated address stays. */
    private Machine dropAutomaticAddress(MachineDoc doc, Machine machine) {
        if (doc.addressId() != null) {
            return machine;
        }
        pool.release(machine.publicAddress());
        return MachineCopies.withPublicAddress(machine, null);
    }

    private int vcpus(Machine machine) {
        return cloud.machineTypes().find(machine.machineType()).map(MachineType::vcpus).orElse(0);
    }

    private static void requireStopped(Machine machine, String what) {
        if (machine.state() != MachineState.STOPPED) {
            throw incorrectState(machine, what);
        }
    }

    private static ComputeException incorrectState(Machine machine, String what) {
        return new ComputeException(Kind.INVALID_STATE, "Machine " + machine.id() + " is in state "
                + machine.state().name().toLowerCase(Locale.ROOT) + " and cannot be " + what);
    }
}
