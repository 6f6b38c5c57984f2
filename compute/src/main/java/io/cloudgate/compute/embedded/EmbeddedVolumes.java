package io.cloudgate.compute.embedded;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.compute.Volumes;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Block volumes and their snapshots; the volume quota is the total GiB an account's volumes may have. */
final class EmbeddedVolumes implements Volumes {
    static final String DEFAULT_TYPE = "gp2";
    private static final int MAX_SIZE_GIB = 16384;

    private final ComputeTables tables;
    private final AccountLocks locks;
    private final Lifecycle lifecycle;
    private final MachineRecords machines;
    private final EmbeddedSettings settings;
    private final EmbeddedSnapshots snapshots;

    EmbeddedVolumes(ComputeTables tables, AccountLocks locks, Lifecycle lifecycle, MachineRecords machines,
                    EmbeddedSettings settings) {
        this.tables = tables;
        this.locks = locks;
        this.lifecycle = lifecycle;
        this.machines = machines;
        this.settings = settings;
        this.snapshots = new EmbeddedSnapshots(tables, locks, lifecycle, settings.images());
    }

    @Override
    public Volume create(String account, String zone, int sizeGib, String volumeType, Integer iops, Integer throughput,
                         String snapshotId) {
        if (!settings.zones().contains(zone)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Unknown zone " + zone);
        }
        return locks.inAccount(account, () -> {
            int size = sizeFor(account, sizeGib, snapshotId);
            requireQuota(account, size);
            Volume volume = new Volume(ComputeTables.newId(), account, zone, size, typeOrDefault(volumeType), iops,
                    throughput, snapshotId, "creating", lifecycle.now(), null, null);
            tables.volumes.put(account, volume.id(), volume);
            return volume;
        });
    }

    /** Creates a volume attached to a launching machine (it is usable at once: "in-use"). */
    Volume createAttached(String account, String zone, int sizeGib, String volumeType, Integer iops, String snapshotId,
                          String machineId, AttachedDisk disk) {
        Volume volume = new Volume(disk.volumeId(), account, zone, sizeGib, typeOrDefault(volumeType), iops, null,
                snapshotId, "in-use", lifecycle.now(), machineId, disk);
        tables.volumes.put(account, volume.id(), volume);
        return volume;
    }

    /** The size a new volume gets: the requested one, or the snapshot's when 0; never smaller than the snapshot. */
    int sizeFor(String account, int sizeGib, String snapshotId) {
        Integer snapshotSize = snapshotId == null ? null : snapshots.require(account, snapshotId).sizeGib();
        int size = sizeGib == 0 && snapshotSize != null ? snapshotSize : sizeGib;
        if (size < 1 || size > MAX_SIZE_GIB) {
            throw new ComputeException(Kind.INVALID_ARGUMENT,
                    "Volume size must be between 1 and " + MAX_SIZE_GIB + " GiB");
        }
        if (snapshotSize != null && size < snapshotSize) {
            throw new ComputeException(Kind.INVALID_ARGUMENT,
                    "Volume of " + size + " GiB is smaller than its snapshot's " + snapshotSize + " GiB");
        }
        return size;
    }

    /** Throws VOLUME_QUOTA when the account's volumes plus the extra GiB exceed the quota. */
    void requireQuota(String account, int extraGib) {
        long used = tables.volumes.unordered(account).stream().mapToLong(Volume::sizeGib).sum();
        if (used + extraGib > settings.volumeQuotaGibPerAccount()) {
            throw new ComputeException(Kind.VOLUME_QUOTA, "Volume storage limit of "
                    + settings.volumeQuotaGibPerAccount() + " GiB exceeded (" + used + " GiB in use)");
        }
    }

    @Override
    public List<Volume> list(String account) {
        return tables.volumes.all(account).stream().map(lifecycle::volume).toList();
    }

    @Override
    public Optional<Volume> find(String account, String volumeId) {
        return volumeId == null ? Optional.empty() : tables.volumes.get(account, volumeId).map(lifecycle::volume);
    }

    private Volume require(String account, String volumeId) {
        return find(account, volumeId).orElseThrow(() -> ComputeException.notFound("Volume " + volumeId));
    }

    @Override
    public void delete(String account, String volumeId) {
        locks.inAccount(account, () -> {
            Volume volume = require(account, volumeId);
            if (volume.machineId() != null) {
                throw new ComputeException(Kind.IN_USE, "Volume " + volumeId + " is attached to " + volume.machineId());
            }
            tables.volumes.delete(account, volumeId);
        });
    }

    @Override
    public Volume attach(String account, String volumeId, String machineId, String deviceName) {
        return locks.inAccount(account, () -> {
            Volume volume = require(account, volumeId);
            MachineDoc doc = machines.require(account, machineId);
            Machine machine = doc.machine();
            if (volume.machineId() != null) {
                throw new ComputeException(Kind.IN_USE, "Volume " + volumeId + " is already attached to "
                        + volume.machineId());
            }
            if (!volume.state().equals("available")) {
                throw new ComputeException(Kind.INVALID_STATE, "Volume " + volumeId + " is " + volume.state());
            }
            if (!MachineRecords.isActive(machine) || machine.state() == MachineState.STOPPING) {
                throw new ComputeException(Kind.INVALID_STATE, "Machine " + machineId + " is " + machine.state());
            }
            if (!volume.zone().equals(machine.zone())) {
                throw new ComputeException(Kind.INVALID_ARGUMENT,
                        "Volume " + volumeId + " is in " + volume.zone() + ", machine " + machineId + " in "
                                + machine.zone());
            }
            if (deviceName == null || deviceName.isBlank()
                    || machine.disks().stream().anyMatch(d -> d.deviceName().equals(deviceName))) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "Device " + deviceName + " is not free on "
                        + machineId);
            }
            AttachedDisk disk = new AttachedDisk(volumeId, deviceName, false, lifecycle.now());
            List<AttachedDisk> disks = new ArrayList<>(machine.disks());
            disks.add(disk);
            machines.save(doc.withMachine(MachineCopies.withDisks(machine, disks)));
            return save(volume, "in-use", machineId, disk);
        });
    }

    @Override
    public Volume detach(String account, String volumeId, boolean force) {
        return locks.inAccount(account, () -> {
            Volume volume = require(account, volumeId);
            if (volume.machineId() == null) {
                throw new ComputeException(Kind.INVALID_STATE, "Volume " + volumeId + " is not attached");
            }
            machines.find(account, volume.machineId()).ifPresent(doc -> {
                Machine machine = doc.machine();
                boolean root = volume.attachment().deviceName().equals(machine.rootDeviceName());
                if (root && machine.state() != MachineState.STOPPED) {
                    throw new ComputeException(Kind.INVALID_STATE,
                            "The root volume of " + machine.id() + " can only be detached while it is stopped");
                }
                List<AttachedDisk> disks = machine.disks().stream()
                        .filter(d -> !d.volumeId().equals(volumeId)).toList();
                machines.save(doc.withMachine(MachineCopies.withDisks(machine, disks)));
            });
            return save(volume, "available", null, null);
        });
    }

    /** Called when a machine terminates: delete-on-termination volumes go, the others become available. */
    void machineTerminated(String account, List<AttachedDisk> disks) {
        for (AttachedDisk disk : disks) {
            if (disk.deleteOnTermination()) {
                tables.volumes.delete(account, disk.volumeId());
            } else {
                find(account, disk.volumeId()).ifPresent(v -> save(v, "available", null, null));
            }
        }
    }

    /** Records a changed attachment (its delete-on-termination flag) on the attached volume. */
    void attachmentChanged(String account, AttachedDisk disk) {
        find(account, disk.volumeId()).ifPresent(v -> save(v, v.state(), v.machineId(), disk));
    }

    @Override
    public Volume modify(String account, String volumeId, Integer sizeGib, String volumeType, Integer iops,
                         Integer throughput) {
        return locks.inAccount(account, () -> {
            Volume volume = require(account, volumeId);
            int size = sizeGib == null ? volume.sizeGib() : sizeGib;
            if (size < volume.sizeGib() || size > MAX_SIZE_GIB) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "New size " + size
                        + " GiB must be at least the current " + volume.sizeGib() + " GiB and at most " + MAX_SIZE_GIB);
            }
            requireQuota(account, size - volume.sizeGib());
            Volume changed = new Volume(volume.id(), account, volume.zone(), size,
                    volumeType == null ? volume.volumeType() : volumeType, iops == null ? volume.iops() : iops,
                    throughput == null ? volume.throughput() : throughput, volume.snapshotId(), volume.state(),
                    volume.createdAt(), volume.machineId(), volume.attachment());
            tables.volumes.put(account, volumeId, changed);
            return changed;
        });
    }

    @Override
    public Snapshot snapshot(String account, String volumeId, String description) {
        return locks.inAccount(account, () -> snapshots.create(require(account, volumeId), description));
    }

    /** Runs under the account's lock. */
    Snapshot detachedSnapshot(String account, int sizeGib, String description) {
        return snapshots.createDetached(account, sizeGib, description);
    }

    @Override
    public List<Snapshot> snapshots(String account) {
        return snapshots.list(account);
    }

    @Override
    public List<Snapshot> publicSnapshots() {
        return snapshots.publicSnapshots();
    }

    @Override
    public Optional<Snapshot> findSnapshot(String account, String snapshotId) {
        return snapshots.find(account, snapshotId);
    }

    @Override
    public void deleteSnapshot(String account, String snapshotId) {
        snapshots.delete(account, snapshotId);
    }

    private Volume save(Volume volume, String attachedState, String machineId, AttachedDisk attachment) {
        // A volume still "creating" keeps that state; the lifecycle derives the rest from the attachment.
        String state = volume.state().equals("creating") ? "creating" : attachedState;
        Volume changed = new Volume(volume.id(), volume.owner(), volume.zone(), volume.sizeGib(), volume.volumeType(),
                volume.iops(), volume.throughput(), volume.snapshotId(), state, volume.createdAt(), machineId,
                        attachment);
        tables.volumes.put(volume.owner(), volume.id(), changed);
        return lifecycle.volume(changed);
    }

    private static String typeOrDefault(String volumeType) {
        return volumeType == null ? DEFAULT_TYPE : volumeType;
    }
}
