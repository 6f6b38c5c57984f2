package io.cloudgate.compute;

import java.time.Instant;

/**
 * A point-in-time copy of a volume; state "pending", "completed" or "error".
 *
 * @param owner    the owning account, or null for a snapshot the cloud publishes (a public image's root disk)
 * @param volumeId the volume it was taken of, or null when none of the account's volumes
 */
public record Snapshot(String id, String owner, String volumeId, int sizeGib, String description, String state,
                       int progressPercent, Instant startedAt) {
}
