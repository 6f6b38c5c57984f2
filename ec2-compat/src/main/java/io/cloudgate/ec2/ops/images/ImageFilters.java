package io.cloudgate.ec2.ops.images;

import io.cloudgate.ec2.core.Filters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Tag;

/** DescribeImages filters, over the image as reported. */
final class ImageFilters {
    static final Filters<Image> FILTERS = new Filters<>(Map.ofEntries(
            field("image-id", image -> one(image.imageId())),
            field("name", image -> one(image.name())),
            field("description", image -> one(image.description())),
            field("architecture", image -> one(image.architectureAsString())),
            field("state", image -> one(image.stateAsString())),
            field("owner-id", image -> one(image.ownerId())),
            field("owner-alias", image -> one(image.imageOwnerAlias())),
            field("is-public", image -> one(String.valueOf(image.publicLaunchPermissions()))),
            field("image-type", image -> one(image.imageTypeAsString())),
            field("platform", image -> one(image.platformAsString())),
            field("platform-details", image -> one(image.platformDetails())),
            field("usage-operation", image -> one(image.usageOperation())),
            field("root-device-name", image -> one(image.rootDeviceName())),
            field("root-device-type", image -> one(image.rootDeviceTypeAsString())),
            field("virtualization-type", image -> one(image.virtualizationTypeAsString())),
            field("hypervisor", image -> one(image.hypervisorAsString())),
            field("ena-support", image -> one(String.valueOf(image.enaSupport()))),
            field("sriov-net-support", image -> one(image.sriovNetSupport())),
            field("creation-date", image -> one(image.creationDate())),
            field("manifest-location", image -> one(image.imageLocation())),
            field("source-instance-id", image -> one(image.sourceInstanceId())),
            field("imds-support", image -> one(image.imdsSupportAsString())),
            field("state-reason-code", image -> one(image.stateReason() == null ? null : image.stateReason().code())),
            field("block-device-mapping.device-name", image -> devices(image, BlockDeviceMapping::deviceName)),
            field("block-device-mapping.snapshot-id", image -> devices(image, device -> device.ebs().snapshotId())),
            field("block-device-mapping.volume-size",
                    image -> devices(image, device -> String.valueOf(device.ebs().volumeSize()))),
            field("block-device-mapping.volume-type", image -> devices(image, device -> device.ebs().volumeTypeAsString())),
            field("block-device-mapping.delete-on-termination",
                    image -> devices(image, device -> String.valueOf(device.ebs().deleteOnTermination()))),
            field("block-device-mapping.encrypted",
                    image -> devices(image, device -> String.valueOf(device.ebs().encrypted())))),
            image -> image.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value)));

    private ImageFilters() {
    }

    private static Map.Entry<String, Function<Image, Collection<String>>> field(
            String name, Function<Image, Collection<String>> values) {
        return Map.entry(name, values);
    }

    private static Collection<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static Collection<String> devices(Image image, Function<BlockDeviceMapping, String> value) {
        return image.blockDeviceMappings().stream().filter(device -> device.ebs() != null).map(value).toList();
    }
}
