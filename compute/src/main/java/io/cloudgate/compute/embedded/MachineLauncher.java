package io.cloudgate.compute.embedded;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.DiskSpec;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Validates a launch, takes quota, capacity and addresses, and writes the machine with its volumes. */
final class MachineLauncher {
    /** A volume to create with the machine. */
    private record PlannedDisk(String deviceName, int sizeGib, String volumeType, Integer iops, String snapshotId,
                               boolean deleteOnTermination) {
    }

    private final EmbeddedCompute cloud;
    private final MachineRecords machines;
    private final VcpuCapacity capacity;
    private final PublicAddressPool pool;
    private final Lifecycle lifecycle;
    private final LoopbackAddresses loopback;
    private final int quota;

    MachineLauncher(EmbeddedCompute cloud, MachineRecords machines, VcpuCapacity capacity, PublicAddressPool pool,
                    Lifecycle lifecycle, LoopbackAddresses loopback, int quota) {
        this.cloud = cloud;
        this.machines = machines;
        this.capacity = capacity;
        this.pool = pool;
        this.lifecycle = lifecycle;
        this.loopback = loopback;
        this.quota = quota;
    }

    /** Runs under the account's lock. */
    Machine launch(String account, LaunchSpec spec) {
        MachineType type = cloud.machineTypes().find(spec.machineType()).orElseThrow(() ->
                new ComputeException(Kind.INVALID_ARGUMENT, "Unknown machine type " + spec.machineType()));
        machines.purgeExpired(account);
        Image image = cloud.images.require(account, spec.imageId());
        if (!image.state().equals("available")) {
            throw new ComputeException(Kind.INVALID_STATE, "Image " + image.id() + " is " + image.state());
        }
        requireArchitecture(type, image);
        Subnet subnet = spec.subnetId() == null
                ? cloud.networks.defaultSubnet(account, spec.zone())
                : cloud.networks.launchSubnet(account, spec.subnetId());
        if (spec.zone() != null && !spec.zone().equals(subnet.zone())) {
            throw new ComputeException(Kind.INVALID_ARGUMENT,
                    "Subnet " + subnet.id() + " is in " + subnet.zone() + ", not " + spec.zone());
        }
        List<String> groups = groupsFor(account, spec.securityGroupIds(), subnet.networkId());
        if (spec.keyName() != null && cloud.keyPairs.find(account, spec.keyName()).isEmpty()) {
            throw ComputeException.notFound("Key pair " + spec.keyName());
        }
        List<Machine> active = machines.active(account);
        if (active.size() >= quota) {
            throw new ComputeException(Kind.MACHINE_QUOTA,
                    "The account has reached its limit of " + quota + " machines");
        }
        String privateAddress = PrivateAddresses.pick(subnet, active, spec.privateAddress());
        List<PlannedDisk> disks = planDisks(account, image, spec.disks());
        cloud.volumes.requireQuota(account, disks.stream().mapToInt(PlannedDisk::sizeGib).sum());
        capacity.reserve(type.vcpus());
        String publicAddress;
        try {
            publicAddress = spec.assignPublicAddress() ? pool.claim(account, PublicAddressPool.AUTOMATIC) : null;
        } catch (ComputeException e) {
            capacity.release(type.vcpus());
            throw e;
        }
        return write(account, spec, type, image, subnet, groups, privateAddress, publicAddress, disks);
    }

    private Machine write(String account, LaunchSpec spec, MachineType type, Image image, Subnet subnet,
                          List<String> groups, String privateAddress, String publicAddress, List<PlannedDisk> disks) {
        Instant now = lifecycle.now();
        String machineId = ComputeTables.newId();
        String loopbackAddress = loopback.claim(account, machineId, image.id());
        List<AttachedDisk> attached = new ArrayList<>();
        for (PlannedDisk disk : disks) {
            AttachedDisk attachment = new AttachedDisk(ComputeTables.newId(), disk.deviceName(),
                    disk.deleteOnTermination(), now);
            cloud.volumes.createAttached(account, subnet.zone(), disk.sizeGib(), disk.volumeType(), disk.iops(),
                    disk.snapshotId(), machineId, attachment);
            attached.add(attachment);
        }
        Machine machine = new Machine(machineId, account, image.id(), type.name(), subnet.zone(), subnet.networkId(),
                subnet.id(), privateAddress, publicAddress, groups, spec.keyName(),
                spec.userData() == null ? null : spec.userData().clone(), MachineState.PENDING, null, now, now,
                List.copyOf(attached), image.rootDeviceName(), loopbackAddress);
        machines.save(new MachineDoc(machine, spec.assignPublicAddress(), null));
        return machine;
    }

    static void requireArchitecture(MachineType type, Image image) {
        if (!type.architectures().contains(image.architecture())) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The architecture '" + image.architecture()
                    + "' of image " + image.id() + " does not match machine type " + type.name() + " "
                    + type.architectures());
        }
    }

    /** The requested groups (all in the subnet's network), or the network's default group. */
    List<String> groupsFor(String account, List<String> requested, String networkId) {
        if (requested == null || requested.isEmpty()) {
            return List.of(cloud.securityGroups.defaultOf(account, networkId).id());
        }
        for (String groupId : requested) {
            SecurityGroup group = cloud.securityGroups.require(account, groupId);
            if (!group.networkId().equals(networkId)) {
                throw new ComputeException(Kind.INVALID_ARGUMENT,
                        "Security group " + groupId + " belongs to another network than " + networkId);
            }
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    /** The root disk (from the image, grown if asked) followed by the extra disks. */
    private List<PlannedDisk> planDisks(String account, Image image, List<DiskSpec> specs) {
        List<DiskSpec> requested = specs == null ? List.of() : specs;
        Set<String> devices = new HashSet<>();
        for (DiskSpec spec : requested) {
            if (spec.deviceName() == null || !devices.add(spec.deviceName())) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "Duplicate or missing device name "
                        + spec.deviceName());
            }
        }
        DiskSpec rootSpec = requested.stream()
                .filter(d -> d.deviceName().equals(image.rootDeviceName())).findFirst().orElse(null);
        int rootSize = rootSpec == null || rootSpec.sizeGib() == 0 ? image.sizeGib() : rootSpec.sizeGib();
        if (rootSize < image.sizeGib()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The root volume must be at least the image's "
                    + image.sizeGib() + " GiB");
        }
        List<PlannedDisk> planned = new ArrayList<>();
        planned.add(rootSpec == null
                ? new PlannedDisk(image.rootDeviceName(), rootSize, null, null, null, true)
                : new PlannedDisk(image.rootDeviceName(), rootSize, rootSpec.volumeType(), rootSpec.iops(), null,
                        rootSpec.deleteOnTermination()));
        for (DiskSpec spec : requested) {
            if (spec != rootSpec) {
                int size = cloud.volumes.sizeFor(account, spec.sizeGib(), spec.snapshotId());
                planned.add(new PlannedDisk(spec.deviceName(), size, spec.volumeType(), spec.iops(), spec.snapshotId(),
                        spec.deleteOnTermination()));
            }
        }
        return planned;
    }
}
