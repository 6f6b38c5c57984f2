package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.Optional;

/**
 * How a client attached a volume: the device name it asked for (CloudStack keeps only a device number, so
 * "/dev/sdf" would come back as "/dev/xvdf") and whether the volume goes with its machine (CloudStack expunges a
 * VM's ROOT volume, and data volumes only when the destroy names them). Kept per volume while it is attached.
 */
final class DeviceNames {
    private static final String KEY = "attachment";

    record Attachment(String deviceName, boolean deleteOnTermination) {
    }

    private final TypedTable<Attachment> table;

    DeviceNames(DocumentStore store) {
        this.table = TypedTable.cached(store.table("cloudstack-attachments"), Attachment.class, Duration.ofMinutes(10));
    }

    void remember(String volumeId, String deviceName, boolean deleteOnTermination) {
        table.put(volumeId, KEY, new Attachment(deviceName, deleteOnTermination));
    }

    void forget(String volumeId) {
        table.delete(volumeId, KEY);
    }

    Optional<Attachment> of(String volumeId) {
        return table.get(volumeId, KEY);
    }

    /** An attached volume as a disk: the name asked for, else one derived from the device number. */
    AttachedDisk disk(JsonNode volume) {
        String id = Fields.text(volume, "id");
        boolean root = "ROOT".equals(Fields.text(volume, "type"));
        String derived = Devices.name(Fields.integer(volume, "deviceid", root ? 0 : 1));
        Optional<Attachment> attachment = id == null ? Optional.empty() : of(id);
        String name = root ? Devices.ROOT : attachment.map(Attachment::deviceName).orElse(derived);
        boolean deleted = root || attachment.map(Attachment::deleteOnTermination).orElse(false);
        java.time.Instant at = Fields.instant(volume, "attached") == null ? Fields.instant(volume, "created")
                : Fields.instant(volume, "attached");
        return new AttachedDisk(id, name, deleted, at);
    }
}
