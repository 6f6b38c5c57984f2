package io.cloudgate.ec2.ops.images;

/**
 * What EC2 reports about an image that the cloud does not keep: set by RegisterImage, CreateImage, CopyImage
 * and ModifyImageAttribute. A null member means EC2's default for it.
 *
 * @param description     a description set by ModifyImageAttribute, replacing the cloud's
 * @param rootSnapshotId  the AWS id of the root snapshot given to RegisterImage
 * @param volumeType      the root volume's type
 */
record ImageExtras(String description, String rootSnapshotId, String volumeType, String bootMode,
                   String imdsSupport, Boolean enaSupport, String sourceInstanceId, String sourceImageId,
                   String sourceImageRegion) {
    static final ImageExtras NONE = new ImageExtras(null, null, null, null, null, null, null, null, null);

    ImageExtras withDescription(String newDescription) {
        return new ImageExtras(newDescription, rootSnapshotId, volumeType, bootMode, imdsSupport, enaSupport,
                sourceInstanceId, sourceImageId, sourceImageRegion);
    }

    ImageExtras withImdsSupport(String newImdsSupport) {
        return new ImageExtras(description, rootSnapshotId, volumeType, bootMode, newImdsSupport, enaSupport,
                sourceInstanceId, sourceImageId, sourceImageRegion);
    }
}
