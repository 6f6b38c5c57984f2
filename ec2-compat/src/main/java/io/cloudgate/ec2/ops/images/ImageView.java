package io.cloudgate.ec2.ops.images;

import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.IsoTimes;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.StateReason;

/**
 * An image in EC2's shape, with everything the Terraform provider's aws_ami data source and aws_instance read:
 * an EBS-backed HVM image whose root device maps to a snapshot.
 */
final class ImageView {
    private ImageView() {
    }

    static software.amazon.awssdk.services.ec2.model.Image of(ImageDirectory.Ec2Image ec2Image,
                                                               Map<String, String> tags) {
        Image image = ec2Image.image();
        ImageExtras extras = ec2Image.extras();
        boolean windows = "windows".equalsIgnoreCase(image.platform());
        boolean arm = "arm64".equals(image.architecture());
        software.amazon.awssdk.services.ec2.model.Image.Builder builder =
                software.amazon.awssdk.services.ec2.model.Image.builder()
                        .imageId(ec2Image.imageId())
                        .imageLocation((ec2Image.owner().alias() != null ? ec2Image.owner().alias()
                                : ec2Image.owner().id()) + "/" + image.name())
                        .state(image.state())
                        .ownerId(ec2Image.owner().id())
                        .imageOwnerAlias(ec2Image.owner().alias())
                        .creationDate(IsoTimes.of(image.createdAt()))
                        .publicLaunchPermissions(image.isPublic())
                        .architecture(image.architecture())
                        .imageType("machine")
                        .platform(windows ? "windows" : null)
                        .platformDetails(windows ? "Windows" : "Linux/UNIX")
                        .usageOperation(windows ? "RunInstances:0002" : "RunInstances")
                        .name(image.name())
                        .description(ec2Image.description())
                        .rootDeviceType("ebs")
                        .rootDeviceName(image.rootDeviceName())
                        .blockDeviceMappings(rootDevice(ec2Image))
                        .virtualizationType("hvm")
                        .hypervisor("xen")
                        .enaSupport(extras.enaSupport() == null || extras.enaSupport())
                        .sriovNetSupport("simple")
                        .bootMode(extras.bootMode() != null ? extras.bootMode() : arm ? "uefi" : "uefi-preferred")
                        .imdsSupport(extras.imdsSupport())
                        .sourceInstanceId(extras.sourceInstanceId())
                        .sourceImageId(extras.sourceImageId())
                        .sourceImageRegion(extras.sourceImageRegion())
                        .deregistrationProtection("disabled")
                        .tags(TagSpecifications.toSdk(tags));
        if ("failed".equals(image.state())) {
            builder.stateReason(StateReason.builder().code("Client.ImageCreationFailed")
                    .message("The image could not be created").build());
        }
        return builder.build();
    }

    static BlockDeviceMapping rootDevice(ImageDirectory.Ec2Image ec2Image) {
        String volumeType = volumeType(ec2Image);
        EbsBlockDevice.Builder ebs = EbsBlockDevice.builder()
                .snapshotId(ec2Image.rootSnapshotId())
                .volumeSize(ec2Image.image().sizeGib())
                .volumeType(volumeType)
                .deleteOnTermination(true)
                .encrypted(false);
        if (volumeType.equals("gp3")) {
            ebs.iops(3000).throughput(125);
        }
        return BlockDeviceMapping.builder().deviceName(ec2Image.image().rootDeviceName()).ebs(ebs.build()).build();
    }

    /** As given at registration; otherwise gp3, or gp2 for images whose name says so (as Amazon Linux 2's do). */
    private static String volumeType(ImageDirectory.Ec2Image ec2Image) {
        if (ec2Image.extras().volumeType() != null) {
            return ec2Image.extras().volumeType();
        }
        String name = ec2Image.image().name();
        return name != null && name.endsWith("-gp2") ? "gp2" : "gp3";
    }
}
