package io.cloudgate.compute;

import java.time.Instant;

/**
 * A block volume.
 *
 * @param state       "creating", "available", "in-use", "deleting", "deleted"
 * @param attachment  where it is attached, or null
 * @param machineId   the machine it is attached to, or null
 */
public record Volume(String id, String owner, String zone, int sizeGib, String volumeType, Integer iops,
                     Integer throughput, String snapshotId, String state, Instant createdAt, String machineId,
                     AttachedDisk attachment) {
}
