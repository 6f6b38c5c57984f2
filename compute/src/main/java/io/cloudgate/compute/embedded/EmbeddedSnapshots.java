package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import java.util.List;
import java.util.Optional;

/** Snapshots of volumes: "pending" with growing progress, then "completed". */
final class EmbeddedSnapshots {
    private final ComputeTables tables;
    private final AccountLocks locks;
    private final Lifecycle lifecycle;

    EmbeddedSnapshots(ComputeTables tables, AccountLocks locks, Lifecycle lifecycle) {
        this.tables = tables;
        this.locks = locks;
        this.lifecycle = lifecycle;
    }

    Snapshot create(Volume volume, String description) {
        return insert(volume.owner(), volume.id(), volume.sizeGib(), description);
    }

    /** A snapshot of no volume of the account (a copy of another image's disk). */
    Snapshot createDetached(String account, int sizeGib, String description) {
        return insert(account, null, sizeGib, description);
    }

    private Snapshot insert(String account, String volumeId, int sizeGib, String description) {
        Snapshot snapshot = new Snapshot(ComputeTables.newId(), account, volumeId, sizeGib, description, "pending", 0,
                lifecycle.now());
        tables.snapshots.put(account, snapshot.id(), snapshot);
        return snapshot;
    }

    List<Snapshot> list(String account) {
        return tables.snapshots.all(account).stream().map(lifecycle::snapshot).toList();
    }

    Optional<Snapshot> find(String account, String snapshotId) {
        return snapshotId == null ? Optional.empty() : tables.snapshots.get(account,
                snapshotId).map(lifecycle::snapshot);
    }

    Snapshot require(String account, String snapshotId) {
        return find(account, snapshotId).orElseThrow(() -> ComputeException.notFound("Snapshot " + snapshotId));
    }

    void delete(String account, String snapshotId) {
        locks.inAccount(account, () -> {
            require(account, snapshotId);
            boolean backsImage = tables.images.all(account).stream()
                    .anyMatch(doc -> snapshotId.equals(doc.snapshotId()));
            if (backsImage) {
                throw new ComputeException(Kind.IN_USE, "Snapshot " + snapshotId + " is used by an image");
            }
            tables.snapshots.delete(account, snapshotId);
        });
    }
}
