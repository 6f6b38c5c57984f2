package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.compute.Volumes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Volumes and snapshots. Sizes use the custom disk offering (the one with {@code iscustomized}); snapshots are
 * long jobs and return pending at once; attach, detach and resize are short jobs the call waits for.
 */
final class CloudStackVolumes implements Volumes {
    private static final String WHAT = "volume";
    private final Backend backend;

    CloudStackVolumes(Backend backend) {
        this.backend = backend;
    }

    @Override
    public Volume create(String account, String zone, int sizeGib, String volumeType, Integer iops, Integer throughput,
                         String snapshotId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "vol-" + backend.clock.millis());
        if (snapshotId != null) {
            params.put("snapshotid", snapshotId);
        } else {
            JsonNode zoneNode = Backend.guard("zone", () -> backend.catalog.zoneByName(zone))
                    .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The availability zone is not offered"));
            params.put("zoneid", Fields.text(zoneNode, "id"));
            params.put("diskofferingid", customDiskOffering(account));
            params.put("size", Integer.toString(sizeGib));
        }
        AsyncJob job = backend.submit(account, "createVolume", params, WHAT);
        Instant now = backend.clock.instant();
        return new Volume(job.resourceId(), account, zone, sizeGib, volumeType == null ? "gp2" : volumeType, iops,
                throughput, snapshotId, "creating", now, null, null);
    }

    private String customDiskOffering(String account) {
        return backend.list(account, "listDiskOfferings", Map.of(), "diskoffering", "volume type").stream()
                .filter(o -> Fields.bool(o, "iscustomized")).map(o -> Fields.text(o, "id")).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The cloud offers no sizable volumes"));
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
        return VolumeToVolume.apply(volume, account, vm == null ? null : backend.machineIds.toPort(vm));
    }

    @Override
    public void delete(String account, String volumeId) {
        Volume volume = require(account, volumeId);
        if (volume.machineId() != null) {
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
        String vm = backend.machineIds.toCloudStack(machineId)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance is still being launched"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", volumeId);
        params.put("virtualmachineid", vm);
        int device = Devices.id(deviceName);
        if (device > 0) {
            params.put("deviceid", Integer.toString(device));
        }
        return toVolume(account, backend.submitAndWait(account, "attachVolume", params, WHAT, "volume"));
    }

    @Override
    public Volume detach(String account, String volumeId, boolean force) {
        require(account, volumeId);
        return toVolume(account, backend.submitAndWait(account, "detachVolume", Map.of("id", volumeId), WHAT,
                "volume"));
    }

    @Override
    public Volume modify(String account, String volumeId, Integer sizeGib, String volumeType, Integer iops,
                         Integer throughput) {
        Volume volume = require(account, volumeId);
        if (sizeGib == null || sizeGib == volume.sizeGib()) {
            return volume;
        }
        if (sizeGib < volume.sizeGib()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Volumes can only grow");
        }
        return toVolume(account, backend.submitAndWait(account, "resizeVolume",
                Map.of("id", volumeId, "size", sizeGib.toString()), WHAT, "volume"));
    }

    @Override
    public Snapshot snapshot(String account, String volumeId, String description) {
        Volume volume = require(account, volumeId);
        AsyncJob job = backend.submit(account, "createSnapshot", Map.of("volumeid", volumeId), "snapshot");
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
        backend.submit(account, "deleteSnapshot", Map.of("id", snapshotId), "snapshot");
    }

    private Volume require(String account, String volumeId) {
        return find(account, volumeId).orElseThrow(() -> ComputeException.notFound("The volume"));
    }
}
