package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.Volume;

/**
 * A CloudStack {@code volume} as a port {@link Volume}. CloudStack keeps a new volume {@code Allocated} until it
 * is first attached; to EC2 it is already available. The type is the one its disk offering is mapped to, the IOPS
 * its {@code maxiops}.
 */
final class VolumeToVolume {
    private final DeviceNames devices;
    private final VolumeTypeMapping types;

    VolumeToVolume(DeviceNames devices, VolumeTypeMapping types) {
        this.devices = devices;
        this.types = types;
    }

    /** @param machineId the port id of the VM it is attached to, or null */
    Volume apply(JsonNode volume, String tenant, String machineId) {
        boolean attached = machineId != null;
        String state = switch (Fields.text(volume, "state") == null ? "" : Fields.text(volume, "state")) {
            case "Allocated", "Ready" -> attached ? "in-use" : "available";
            case "Creating", "Allocating", "Uploaded", "Copying", "Migrating", "Resizing", "Snapshotting" ->
                    attached ? "in-use" : "creating";
            case "Destroy", "Expunging", "Expunged" -> "deleting";
            default -> "error";
        };
        AttachedDisk attachment = attached ? devices.disk(volume) : null;
        Integer iops = volume.hasNonNull("maxiops") ? Fields.integer(volume, "maxiops", 0) : null;
        return new Volume(Fields.text(volume, "id"), tenant, Fields.text(volume, "zonename"),
                Fields.gib(volume, "size"), types.typeOf(Fields.text(volume, "diskofferingid"),
                Fields.text(volume, "diskofferingname")), iops, null, Fields.text(volume, "snapshotid"), state,
                Fields.instant(volume, "created"), machineId, attachment);
    }
}
