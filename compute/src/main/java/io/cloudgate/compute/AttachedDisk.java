package io.cloudgate.compute;

import java.time.Instant;

/** A volume attached to a machine at a device name. */
public record AttachedDisk(String volumeId, String deviceName, boolean deleteOnTermination, Instant attachedAt) {
}
