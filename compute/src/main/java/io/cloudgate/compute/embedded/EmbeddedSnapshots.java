package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Snapshots of volumes: "pending" with growing progress, then "completed". Each public catalog image also has
 * a completed root snapshot every account can see and restore, with an id derived from the image's.
 */
final class EmbeddedSnapshots {
    private final ComputeTables tables;
    private final AccountLocks locks;
    private final Lifecycle lifecycle;
    private final Map<String, Snapshot> catalog = new LinkedHashMap<>();

    EmbeddedSnapshots(ComputeTables tables, AccountLocks locks, Lifecycle lifecycle, List<Image> publicImages) {
        this.tables = tables;
        this.locks = locks;
        this.lifecycle = lifecycle;
        for (Image image : publicImages) {
            Snapshot root = new Snapshot(rootOf(image.id()), null, null, image.sizeGib(),
                    "Root disk of " + image.name(), "completed", 100, image.createdAt());
            catalog.put(root.id(), root);
        }
    }

    /** The id of the root snapshot of a catalog image. */
    static String rootOf(String imageId) {
        return UUID.nameUUIDFromBytes(("cloudgate-public-snapshot:" + imageId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    List<Snapshot> publicSnapshots() {
        return List.copyOf(catalog.values());
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
        if (snapshotId == null) {
            return Optional.empty();
        }
        Optional<Snapshot> own = tables.snapshots.get(account, snapshotId).map(lifecycle::snapshot);
        return own.or(() -> Optional.ofNullable(catalog.get(snapshotId)));
    }

    Snapshot require(String account, String snapshotId) {
        return find(account, snapshotId).orElseThrow(() -> ComputeException.notFound("Snapshot " + snapshotId));
    }

    void delete(String account, String snapshotId) {
        locks.inAccount(account, () -> {
            tables.snapshots.get(account, snapshotId)
                    .orElseThrow(() -> ComputeException.notFound("Snapshot " + snapshotId));
            boolean backsImage = tables.images.all(account).stream()
                    .anyMatch(doc -> snapshotId.equals(doc.snapshotId()));
            if (backsImage) {
                throw new ComputeException(Kind.IN_USE, "Snapshot " + snapshotId + " is used by an image");
            }
            tables.snapshots.delete(account, snapshotId);
        });
    }
}
