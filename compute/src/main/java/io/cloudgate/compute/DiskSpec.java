package io.cloudgate.compute;

/**
 * A disk to create with a machine. The root disk has the image's root device name; a null snapshotId
 * means an empty disk (or, for the root, the image itself).
 */
public record DiskSpec(String deviceName, int sizeGib, String volumeType, Integer iops, String snapshotId,
                       boolean deleteOnTermination) {
}
