package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.Volume;

/**
 * A CloudStack {@code volume} as a port {@link Volume}. CloudStack keeps a new volume {@code Allocated} until it
 * is first attached; to EC2 it is already available. ROOT volumes go with their VM, as AWS's root volumes do.
 */
final class VolumeToVolume {
    private VolumeToVolume() {
    }

    /** @param machineId the port id of the VM it is attached to, or null */
    static Volume apply(JsonNode volume, String tenant, String machineId) {
        boolean attached = machineId != null;
        String state = switch (Fields.text(volume, "state") == null ? "" : Fields.text(volume, "state")) {
            case "Allocated", "Ready" -> attached ? "in-use" : "available";
            case "Creating", "Allocating", "Uploaded", "Copying", "Migrating", "Resizing", "Snapshotting" ->
                    attached ? "in-use" : "creating";
            case "Destroy", "Expunging", "Expunged" -> "deleting";
            default -> "error";
        };
        boolean root = "ROOT".equals(Fields.text(volume, "type"));
        AttachedDisk attachment = attached ? new AttachedDisk(Fields.text(volume, "id"),
                Devices.name(Fields.integer(volume, "deviceid", root ? 0 : 1)), root,
                Fields.instant(volume, "attached") == null ? Fields.instant(volume, "created")
                        : Fields.instant(volume, "attached")) : null;
        return new Volume(Fields.text(volume, "id"), tenant, Fields.text(volume, "zonename"),
                Fields.gib(volume, "size"), "gp2", null, null, Fields.text(volume, "snapshotid"), state,
                Fields.instant(volume, "created"), machineId, attachment);
    }
}
