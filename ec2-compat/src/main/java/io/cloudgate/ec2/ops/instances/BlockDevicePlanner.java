package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.DiskSpec;
import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;

/**
 * A launch's BlockDeviceMapping as disks: the root disk (the image's root device, resizable and retypable)
 * and extra EBS volumes. Instance-store (ephemeral) devices do not exist here and are left out, as EC2
 * leaves them out on types without instance storage; NoDevice suppresses a device.
 */
final class BlockDevicePlanner {
    private static final Set<String> VOLUME_TYPES = Set.of("standard", "gp2", "gp3", "io1", "io2", "st1", "sc1");
    private static final String DEFAULT_VOLUME_TYPE = "gp2";
    private static final int MAX_SIZE_GIB = 16384;

    private final Ec2Ids ids;

    BlockDevicePlanner(Ec2Ids ids) {
        this.ids = ids;
    }

    List<DiskSpec> disks(List<BlockDeviceMapping> mappings, Image image) {
        Set<String> devices = new HashSet<>();
        DiskSpec root = new DiskSpec(image.rootDeviceName(), image.sizeGib(), DEFAULT_VOLUME_TYPE, null, null, true);
        List<DiskSpec> extra = new ArrayList<>();
        for (BlockDeviceMapping mapping : mappings) {
            String device = mapping.deviceName();
            if (device == null || device.isEmpty()) {
                throw AwsException.badRequest("InvalidBlockDeviceMapping",
                        "The request must contain the parameter deviceName");
            }
            if (!devices.add(device)) {
                throw AwsException.badRequest("InvalidBlockDeviceMapping",
                        "The device '" + device + "' is used in more than one block-device mapping");
            }
            if (mapping.noDevice() != null || mapping.ebs() == null) {
                continue;
            }
            if (device.equals(image.rootDeviceName())) {
                root = rootDisk(mapping.ebs(), image);
            } else {
                extra.add(extraDisk(device, mapping.ebs()));
            }
        }
        List<DiskSpec> disks = new ArrayList<>();
        disks.add(root);
        disks.addAll(extra);
        return disks;
    }

    private static DiskSpec rootDisk(EbsBlockDevice ebs, Image image) {
        if (ebs.snapshotId() != null) {
            throw AwsException.badRequest("InvalidBlockDeviceMapping",
                    "The snapshot of the root device cannot be changed at launch");
        }
        int size = ebs.volumeSize() == null ? image.sizeGib() : size(ebs.volumeSize());
        if (size < image.sizeGib()) {
            throw AwsException.badRequest("InvalidBlockDeviceMapping", "Volume of size " + size
                    + "GB is smaller than snapshot of the image, expect size >= " + image.sizeGib() + "GB");
        }
        return new DiskSpec(image.rootDeviceName(), size, volumeType(ebs), ebs.iops(), null,
                ebs.deleteOnTermination() == null || ebs.deleteOnTermination());
    }

    private DiskSpec extraDisk(String device, EbsBlockDevice ebs) {
        String snapshotId = null;
        if (ebs.snapshotId() != null) {
            snapshotId = ids.requireBackend(ResourceKind.SNAPSHOT, ebs.snapshotId());
        } else if (ebs.volumeSize() == null) {
            throw AwsException.badRequest("InvalidBlockDeviceMapping", "The request must contain the parameter size "
                    + "or snapshotId for device " + device);
        }
        int size = ebs.volumeSize() == null ? 0 : size(ebs.volumeSize());
        return new DiskSpec(device, size, volumeType(ebs), ebs.iops(), snapshotId,
                ebs.deleteOnTermination() == null || ebs.deleteOnTermination());
    }

    private static int size(int gib) {
        if (gib < 1 || gib > MAX_SIZE_GIB) {
            throw AwsException.badRequest("InvalidParameterValue", "Volume size must be between 1 and "
                    + MAX_SIZE_GIB + " GiB: " + gib);
        }
        return gib;
    }

    private static String volumeType(EbsBlockDevice ebs) {
        String type = ebs.volumeTypeAsString();
        if (type == null) {
            return DEFAULT_VOLUME_TYPE;
        }
        if (!VOLUME_TYPES.contains(type)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + type
                    + ") for parameter volumeType is invalid. Valid volume types are standard, gp2, gp3, io1, io2, "
                    + "st1 and sc1.");
        }
        return type;
    }
}
