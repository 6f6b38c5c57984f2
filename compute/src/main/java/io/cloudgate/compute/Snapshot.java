package io.cloudgate.compute;

import java.time.Instant;

/** A point-in-time copy of a volume; state "pending", "completed" or "error". */
public record Snapshot(String id, String owner, String volumeId, int sizeGib, String description, String state,
                       int progressPercent, Instant startedAt) {
}
