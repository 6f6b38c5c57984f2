package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.MachineType;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Base64;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/**
 * Checks a RunInstances request completely before anything is launched, and turns it into a plan: image,
 * instance type, key, user data, placement, disks, EC2-only options and tags on create.
 */
final class LaunchPlanner {
    private static final int MAX_USER_DATA = 16384;
    private static final Set<String> TAGGABLE = Set.of("instance", "volume", "network-interface");

    private final Ec2Context context;
    private final NetworkPlacement placement;
    private final BlockDevicePlanner blockDevices;

    LaunchPlanner(Ec2Context context) {
        this.context = context;
        this.placement = new NetworkPlacement(context);
        this.blockDevices = new BlockDevicePlanner(context.ids());
    }

    /**
     * @param launchTemplateId the template the request was filled from, or null
     */
    LaunchPlan plan(String account, RunInstancesRequest request, String launchTemplateId,
                    String launchTemplateVersion) {
        int minCount = count(request.minCount(), "MinCount", "minCount");
        int maxCount = count(request.maxCount(), "MaxCount", "maxCount");
        if (maxCount < minCount) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + maxCount
                    + ") for parameter maxCount is invalid. Expected a value greater than or equal to minCount ("
                    + minCount + ").");
        }
        Image image = image(account, request.imageId());
        MachineType type = instanceType(request.instanceTypeAsString(), image);
        String keyName = keyName(account, request.keyName());
        byte[] userData = userData(request.userData());
        var tags = TagSpecifications.byType(request.tagSpecifications(), TAGGABLE);
        NetworkPlacement.Resolved network = placement.resolve(account, request);
        var disks = blockDevices.disks(request.blockDeviceMappings(), image);
        LaunchOptions options = LaunchOptions.from(request, type, network.hostnameType(), launchTemplateId,
                launchTemplateVersion);
        if (request.enclaveOptions() != null && Boolean.TRUE.equals(request.enclaveOptions().enabled())) {
            throw AwsException.badRequest("Unsupported", "The requested configuration is currently not supported. "
                    + "Please check the documentation for supported configurations.");
        }
        LaunchSpec spec = new LaunchSpec(image.id(), type.name(), network.zone(),
                network.subnet() == null ? null : network.subnet().id(), network.groupIds(), keyName, userData, disks,
                network.privateAddress(), network.assignPublicAddress());
        return new LaunchPlan(spec, minCount, maxCount, network.zone(), options, tags);
    }

    private static int count(Integer value, String parameter, String lowerName) {
        if (value == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter " + parameter);
        }
        if (value < 1) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value + ") for parameter "
                    + lowerName + " is invalid. Expected a positive integer.");
        }
        return value;
    }

    private Image image(String account, String imageId) {
        if (imageId == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter ImageId");
        }
        String backendId = context.ids().requireBackend(ResourceKind.IMAGE, imageId);
        Image image = context.compute().images().find(account, backendId)
                .orElseThrow(() -> ResourceKind.IMAGE.notFound(imageId));
        if (!"available".equals(image.state())) {
            throw AwsException.badRequest("InvalidAMIID.Unavailable", "The image id '[" + imageId
                    + "]' is not available");
        }
        return image;
    }

    private MachineType instanceType(String name, Image image) {
        var offered = context.compute().machineTypes().list();
        MachineType type = name == null ? LaunchDefaults.instanceType(offered, image.architecture()).orElseThrow(
                () -> AwsException.badRequest("MissingParameter", "The request must contain the parameter InstanceType"))
                : offered.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                        .orElseThrow(() -> AwsException.badRequest("InvalidParameterValue",
                                "Invalid value '" + name + "' for InstanceType."));
        if (!type.architectures().contains(image.architecture())) {
            throw AwsException.badRequest("InvalidParameterValue", "The architecture '"
                    + String.join(",", type.architectures()) + "' of the specified instance type does not match the "
                    + "architecture '" + image.architecture() + "' of the specified AMI. Specify an instance type and "
                    + "an AMI that have matching architectures, and try again. You can use 'describe-instance-types' "
                    + "or 'describe-images' to discover the architectures supported by an instance type or AMI.");
        }
        return type;
    }

    private String keyName(String account, String keyName) {
        if (keyName == null) {
            return null;
        }
        boolean known = context.compute().keyPairs().list(account).stream().map(KeyPair::name)
                .anyMatch(keyName::equals);
        if (!known) {
            throw ResourceKind.KEY_PAIR.notFound(keyName);
        }
        return keyName;
    }

    /** RunInstances takes user data base64-encoded; the cloud gets the bytes. */
    static byte[] userData(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return null;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw AwsException.badRequest("InvalidUserData.Malformed", "Invalid BASE64 encoding of user data.");
        }
        return checkSize(raw);
    }

    static byte[] checkSize(byte[] raw) {
        if (raw.length > MAX_USER_DATA) {
            throw AwsException.badRequest("InvalidParameterValue", "User data is limited to " + MAX_USER_DATA
                    + " bytes");
        }
        return raw;
    }
}
