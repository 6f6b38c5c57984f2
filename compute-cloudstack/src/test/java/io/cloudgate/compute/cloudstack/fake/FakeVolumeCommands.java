package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.DiskOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Snapshot;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Volume;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Volumes (create, list, attach, detach, resize, delete) and volume snapshots. */
final class FakeVolumeCommands {
    private static final String CMD = "org.apache.cloudstack.api.command.admin.volume.";

    private final FakeState state;
    private final FakeRenderCompute render;

    FakeVolumeCommands(FakeState state, FakeRenderCompute render) {
        this.state = state;
        this.render = render;
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("createVolume", this::create);
        commands.put("listVolumes", this::list);
        commands.put("attachVolume", this::attach);
        commands.put("detachVolume", this::detach);
        commands.put("resizeVolume", this::resize);
        commands.put("deleteVolume", this::delete);
        commands.put("createSnapshot", this::snapshot);
        commands.put("listSnapshots", this::snapshots);
        commands.put("deleteSnapshot", this::deleteSnapshot);
    }

    private ObjectNode create(FakeRequest r) {
        Account caller = r.caller();
        Volume volume = new Volume();
        if (r.text("snapshotid") != null) {
            Snapshot snapshot = state.find(state.snapshots, r, "snapshotid");
            FakeState.checkOwner(caller, snapshot.owner);
            volume.zone = snapshot.zone;
            volume.size = snapshot.size;
            volume.snapshotId = snapshot.id;
            volume.state = "Creating";
        } else {
            volume.zone = state.find(FakeCatalogCommands.byId(state.zones, Zone::id), r, "zoneid");
            volume.offering = state.find(FakeCatalogCommands.byId(state.diskOfferings, DiskOffering::id), r,
                    "diskofferingid");
            volume.size = sizeGib(r, volume.offering) * FakeState.GIB;
            iops(r, volume);
            volume.state = "Allocated";
        }
        if (state.storageGib(caller) + volume.size / FakeState.GIB > state.limits.storageGibPerAccount()) {
            throw FakeApiError.limit("primary_storage", caller);
        }
        volume.id = FakeState.newId();
        volume.name = r.text("name") == null ? "DATA-" + volume.id : r.text("name");
        volume.owner = caller;
        volume.created = state.now();
        state.volumes.put(volume.id, volume);
        String jobId = job(r, "CreateVolumeCmdByAdmin", volume, () -> {
            if (volume.state.equals("Creating")) {
                volume.state = "Ready";
            }
            return volume;
        });
        return FakeRender.JSON.createObjectNode().put("id", volume.id).put("jobid", jobId);
    }

    private static long sizeGib(FakeRequest r, DiskOffering offering) {
        if (!offering.customized()) {
            return offering.sizeGib();
        }
        Long size = r.number("size");
        if (size == null || size <= 0) {
            throw FakeApiError.invalid("Disk size must be larger than 0");
        }
        return size;
    }

    private static void iops(FakeRequest r, Volume volume) {
        if (volume.offering.customIops()) {
            volume.minIops = r.number("miniops");
            volume.maxIops = r.number("maxiops");
        } else {
            volume.minIops = null;
            volume.maxIops = null;
        }
    }

    private ObjectNode list(FakeRequest r) {
        String id = r.text("id");
        String vmId = r.text("virtualmachineid");
        if (id != null) {
            state.find(state.volumes, r, "id");
        }
        if (vmId != null) {
            state.find(state.vms, r, "virtualmachineid");
        }
        List<ObjectNode> items = state.volumes.values().stream()
                .filter(v -> v.owner == r.caller() || r.listAll())
                .filter(v -> id == null || v.id.equals(id))
                .filter(v -> vmId == null || v.vm != null && v.vm.id.equals(vmId))
                .filter(v -> r.text("type") == null || r.text("type").equals(v.root ? "ROOT" : "DATADISK"))
                .map(render::volume).toList();
        return r.list("volume", items);
    }

    private ObjectNode attach(FakeRequest r) {
        Volume volume = owned(r, "id");
        Vm vm = state.find(state.vms, r, "virtualmachineid");
        FakeState.checkOwner(r.caller(), vm.owner);
        Long deviceId = r.number("deviceid");
        return FakeRender.JSON.createObjectNode().put("jobid", job(r, "AttachVolumeCmdByAdmin", volume, () -> {
            if (volume.vm != null) {
                throw FakeApiError.invalid("Please specify a volume that is not attached to any VM.");
            }
            if (volume.zone != vm.zone) {
                throw FakeApiError.invalid("Please specify a VM that is in the same zone as the volume.");
            }
            if (deviceId != null && deviceId == 0) {
                throw FakeApiError.invalid("deviceId can't be 0, which is used by Root device");
            }
            long device = deviceId != null ? deviceId : nextDevice(vm);
            if (state.volumes.values().stream().anyMatch(v -> v.vm == vm && v.deviceId == device)) {
                throw FakeApiError.invalid("deviceId " + device + " is used by VM " + vm.name);
            }
            volume.vm = vm;
            volume.deviceId = (int) device;
            volume.attached = state.now();
            volume.state = "Ready";
            return volume;
        }));
    }

    private long nextDevice(Vm vm) {
        long device = 1;
        while (true) {
            long candidate = device;
            if (state.volumes.values().stream().noneMatch(v -> v.vm == vm && v.deviceId == candidate)) {
                return device;
            }
            device++;
        }
    }

    private ObjectNode detach(FakeRequest r) {
        Volume volume = owned(r, "id");
        if (volume.vm == null) {
            throw FakeApiError.invalid("Please specify a volume that is attached to a VM.");
        }
        return FakeRender.JSON.createObjectNode().put("jobid", job(r, "DetachVolumeCmdByAdmin", volume, () -> {
            if (volume.root && !volume.vm.state.equals("Stopped")) {
                throw FakeApiError.invalid("Root volume detach can happen only when vm is in states: Stopped or"
                        + " Destroyed");
            }
            volume.vm = null;
            volume.deviceId = null;
            volume.attached = null;
            return volume;
        }));
    }

    private ObjectNode resize(FakeRequest r) {
        Volume volume = owned(r, "id");
        DiskOffering offering = r.text("diskofferingid") == null ? volume.offering
                : state.find(FakeCatalogCommands.byId(state.diskOfferings, DiskOffering::id), r, "diskofferingid");
        long size = r.number("size") == null ? volume.size / FakeState.GIB : r.number("size");
        if (size < volume.size / FakeState.GIB) {
            throw FakeApiError.invalid("Going from existing size of " + volume.size / FakeState.GIB + " GB to size of "
                    + size + " GB is not supported. You can only increase the size of the volume.");
        }
        return FakeRender.JSON.createObjectNode().put("jobid", job(r, "ResizeVolumeCmdByAdmin", volume, () -> {
            volume.size = size * FakeState.GIB;
            if (offering != null) {
                volume.offering = offering;
                iops(r, volume);
            }
            return volume;
        }));
    }

    private ObjectNode delete(FakeRequest r) {
        Volume volume = owned(r, "id");
        if (volume.vm != null) {
            throw FakeApiError.invalid("Please specify a volume that is not attached to any VM.");
        }
        state.volumes.remove(volume.id);
        return FakeRender.JSON.createObjectNode().put("success", true);
    }

    private ObjectNode snapshot(FakeRequest r) {
        Volume volume = owned(r, "volumeid");
        Snapshot snapshot = new Snapshot();
        snapshot.id = FakeState.newId();
        snapshot.name = r.text("name") == null ? volume.name + "_" + FakeRender.time(state.now()) : r.text("name");
        snapshot.owner = r.caller();
        snapshot.zone = volume.zone;
        snapshot.volumeId = volume.id;
        snapshot.volumeName = volume.name;
        snapshot.volumeType = volume.root ? "ROOT" : "DATADISK";
        snapshot.size = volume.size;
        snapshot.state = "Creating";
        snapshot.created = state.now();
        state.snapshots.put(snapshot.id, snapshot);
        FakeJobs.Job job = state.jobs.submit(r.caller(), "org.apache.cloudstack.api.command.user.snapshot"
                + ".CreateSnapshotCmd", "Snapshot", snapshot.id, Duration.ofSeconds(2), FakeJobs.LONG, () -> {
                    snapshot.state = "BackedUp";
                    ObjectNode result = FakeRender.JSON.createObjectNode();
                    result.set("snapshot", render.snapshot(snapshot).put("snapshottype", "MANUAL"));
                    return result;
                });
        return FakeRender.JSON.createObjectNode().put("id", snapshot.id).put("jobid", job.id);
    }

    private ObjectNode snapshots(FakeRequest r) {
        String id = r.text("id");
        if (id != null) {
            state.find(state.snapshots, r, "id");
        }
        return r.list("snapshot", state.snapshots.values().stream()
                .filter(s -> s.owner == r.caller() || r.listAll()).filter(s -> id == null || s.id.equals(id))
                .filter(s -> r.text("volumeid") == null || s.volumeId.equals(r.text("volumeid")))
                .map(render::snapshot).toList());
    }

    private ObjectNode deleteSnapshot(FakeRequest r) {
        Snapshot snapshot = state.find(state.snapshots, r, "id");
        FakeState.checkOwner(r.caller(), snapshot.owner);
        FakeJobs.Job job = state.jobs.submit(r.caller(), "org.apache.cloudstack.api.command.user.snapshot"
                + ".DeleteSnapshotCmd", "Snapshot", snapshot.id, Duration.ofSeconds(1), FakeJobs.SHORT, () -> {
                    state.snapshots.remove(snapshot.id);
                    return FakeRender.JSON.createObjectNode().put("success", true);
                });
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }

    private Volume owned(FakeRequest r, String param) {
        Volume volume = state.find(state.volumes, r, param);
        FakeState.checkOwner(r.caller(), volume.owner);
        return volume;
    }

    /** A short volume job; its result is the volume, which CloudStack shows with the job still on it. */
    private String job(FakeRequest r, String cmd, Volume volume, Supplier<Volume> work) {
        String[] jobId = new String[1];
        jobId[0] = state.jobs.submit(r.caller(), CMD + cmd, "Volume", volume.id, Duration.ofSeconds(1),
                FakeJobs.SHORT, () -> {
                    ObjectNode result = FakeRender.JSON.createObjectNode();
                    result.set("volume", render.volume(work.get()).put("jobid", jobId[0]).put("jobstatus", 0));
                    return result;
                }).id;
        return jobId[0];
    }
}
