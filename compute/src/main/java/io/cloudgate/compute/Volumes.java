package io.cloudgate.compute;

import java.util.List;
import java.util.Optional;

public interface Volumes {
    /** Throws VOLUME_QUOTA, or NOT_FOUND for the snapshot. Size defaults to the snapshot's when sizeGib is 0. */
    Volume create(String account, String zone, int sizeGib, String volumeType, Integer iops, Integer throughput,
                  String snapshotId);

    List<Volume> list(String account);

    Optional<Volume> find(String account, String volumeId);

    /** Throws IN_USE while attached. */
    void delete(String account, String volumeId);

    /** Throws IN_USE when attached elsewhere, INVALID_ARGUMENT when zones differ or the device is taken. */
    Volume attach(String account, String volumeId, String machineId, String deviceName);

    Volume detach(String account, String volumeId, boolean force);

    /** Grows a volume or changes its type/performance; shrinking is INVALID_ARGUMENT. */
    Volume modify(String account, String volumeId, Integer sizeGib, String volumeType, Integer iops,
                  Integer throughput);

    Snapshot snapshot(String account, String volumeId, String description);

    /** The account's own snapshots. */
    List<Snapshot> snapshots(String account);

    /**
     * Snapshots the cloud itself publishes to every account (the root disks of its public images), with a null
     * owner; {@link #findSnapshot} finds them and {@link #create} restores them like the account's own.
     */
    default List<Snapshot> publicSnapshots() {
        return List.of();
    }

    /** One of the account's own snapshots or a public one. */
    Optional<Snapshot> findSnapshot(String account, String snapshotId);

    /** Throws IN_USE while an image was registered from it, NOT_FOUND unless the account owns it. */
    void deleteSnapshot(String account, String snapshotId);
}
