package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.compute.Volumes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Volumes and snapshots. A volume type is a disk offering taking a custom size (see {@link VolumeTypeMapping});
 * creation and snapshots return pending at once; attach, detach, resize and deletions are short jobs the call waits
 * for. What EC2 refuses (a taken device, the root device, detaching what is not attached) is refused first.
 */
final class CloudStackVolumes implements Volumes {
    private static final String WHAT = "volume";
    private final Backend backend;
    private final VolumeToVolume toVolume;
    private final MachineViews machines;

    CloudStackVolumes(Backend backend) {
        this.backend = backend;
        this.toVolume = new VolumeToVolume(backend.devices, backend.volumeTypes);
        this.machines = new MachineViews(backend);
    }

    @Override
    public Volume create(String account, String zone, int sizeGib, String volumeType, Integer iops, Integer throughput,
                         String snapshotId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "vol-" + backend.clock.millis());
        int size = sizeGib;
        JsonNode zoneNode = Backend.guard("zone", () -> backend.catalog.zoneByName(zone))
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The availability zone is not offered"));
        if (snapshotId != null) {
            Snapshot snapshot = findSnapshot(account, snapshotId)
                    .orElseThrow(() -> ComputeException.notFound("The snapshot"));
            if (sizeGib != 0 && sizeGib < snapshot.sizeGib()) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "The volume must be at least the snapshot's size");
            }
            size = snapshot.sizeGib();
            params.put("snapshotid", snapshotId);
        } else {
            if (sizeGib < 1) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "The volume size must be at least 1 GiB");
            }
            params.put("zoneid", Fields.text(zoneNode, "id"));
            params.put("diskofferingid", Fields.text(offering(volumeType), "id"));
            params.put("size", Integer.toString(sizeGib));
            if (iops != null) {
                params.put("miniops", iops.toString());
                params.put("maxiops", iops.toString());
            }
        }
        AsyncJob job = backend.submit(account, "createVolume", params, WHAT);
        Instant now = backend.clock.instant();
        return new Volume(job.resourceId(), account, zone, size,
                volumeType == null ? VolumeTypeMapping.DEFAULT_TYPE : volumeType, iops, throughput, snapshotId,
                "creating", now, null, null);
    }

    private JsonNode offering(String volumeType) {
        return backend.volumeTypes.offering(volumeType, Backend.guard("volume type", backend.catalog::diskOfferings))
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The volume type is not offered"));
    }

    @Override
    public List<Volume> list(String account) {
        return backend.list(account, "listVolumes", Map.of(), "volume", WHAT).stream()
                .map(v -> toVolume(account, v)).toList();
    }

    @Override
    public Optional<Volume> find(String account, String volumeId) {
        return list(account).stream().filter(v -> v.id().equals(volumeId)).findFirst();
    }

    private Volume toVolume(String account, JsonNode volume) {
        String vm = Fields.text(volume, "virtualmachineid");
        return toVolume.apply(volume, account, vm == null ? null : backend.machineIds.toPort(vm));
    }

    @Override
    public void delete(String account, String volumeId) {
        if (require(account, volumeId).machineId() != null) {
            throw new ComputeException(Kind.IN_USE, "The volume is attached");
        }
        backend.call(account, "deleteVolume", Map.of("id", volumeId), WHAT);
    }

    @Override
    public Volume attach(String account, String volumeId, String machineId, String deviceName) {
        Volume volume = require(account, volumeId);
        if (volume.machineId() != null) {
            throw new ComputeException(Kind.IN_USE, "The volume is attached");
        }
        Machine machine = machines.require(account, machineId);
        String vm = backend.machineIds.toCloudStack(machineId)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance is still being launched"));
        if (!volume.zone().equals(machine.zone())) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The volume and the instance are in different zones");
        }
        int device = Devices.id(deviceName);
        boolean taken = machine.disks().stream().anyMatch(d -> d.deviceName().equals(deviceName)
                || Devices.id(d.deviceName()) == device);
        if (deviceName != null && (device < 1 || taken || deviceName.equals(machine.rootDeviceName()))) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The device name is in use or not valid");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", volumeId);
        params.put("virtualmachineid", vm);
        if (device > 0) {
            params.put("deviceid", Integer.toString(device));
            backend.devices.remember(volumeId, deviceName, false);
        }
        return toVolume(account, backend.submitAndWait(account, "attachVolume", params, WHAT, "volume"));
    }

    @Override
    public Volume detach(String account, String volumeId, boolean force) {
        if (require(account, volumeId).machineId() == null) {
            throw new ComputeException(Kind.INVALID_STATE, "The volume is not attached");
        }
        Volume detached = toVolume(account, backend.submitAndWait(account, "detachVolume", Map.of("id", volumeId),
                WHAT, "volume"));
        backend.devices.forget(volumeId);
        return detached;
    }

    /** Grows the volume and moves it to the type's offering; IOPS apply to offerings with custom IOPS. */
    @Override
    public Volume modify(String account, String volumeId, Integer sizeGib, String volumeType, Integer iops,
                         Integer throughput) {
        Volume volume = require(account, volumeId);
        if (sizeGib != null && sizeGib < volume.sizeGib()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Volumes can only grow");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", volumeId);
        if (sizeGib != null && sizeGib != volume.sizeGib()) {
            params.put("size", sizeGib.toString());
        }
        if (volumeType != null && !volumeType.equals(volume.volumeType())) {
            params.put("diskofferingid", Fields.text(offering(volumeType), "id"));
            params.putIfAbsent("size", Integer.toString(volume.sizeGib()));
        }
        if (iops != null) {
            params.put("miniops", iops.toString());
            params.put("maxiops", iops.toString());
        }
        if (params.size() == 1) {
            return volume;
        }
        return toVolume(account, backend.submitAndWait(account, "resizeVolume", params, WHAT, "volume"));
    }

    @Override
    public Snapshot snapshot(String account, String volumeId, String description) {
        Volume volume = require(account, volumeId);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("volumeid", volumeId);
        if (description != null && !description.isBlank()) {
            params.put("name", description);
        }
        AsyncJob job = backend.submit(account, "createSnapshot", params, "snapshot");
        return new Snapshot(job.resourceId(), account, volumeId, volume.sizeGib(), description, "pending", 0,
                backend.clock.instant());
    }

    @Override
    public List<Snapshot> snapshots(String account) {
        return backend.list(account, "listSnapshots", Map.of(), "snapshot", "snapshot").stream()
                .map(s -> SnapshotToSnapshot.apply(s, account)).toList();
    }

    @Override
    public Optional<Snapshot> findSnapshot(String account, String snapshotId) {
        return snapshots(account).stream().filter(s -> s.id().equals(snapshotId)).findFirst();
    }

    @Override
    public void deleteSnapshot(String account, String snapshotId) {
        if (findSnapshot(account, snapshotId).isEmpty()) {
            throw ComputeException.notFound("The snapshot");
        }
        backend.submitAndWait(account, "deleteSnapshot", Map.of("id", snapshotId), "snapshot", "success");
    }

    private Volume require(String account, String volumeId) {
        return find(account, volumeId).orElseThrow(() -> ComputeException.notFound("The volume"));
    }
}
