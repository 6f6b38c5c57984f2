package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.RegisterImageRequest;
import software.amazon.awssdk.services.ec2.model.RegisterImageResponse;

/**
 * Registers an EBS-backed image from a snapshot of a root volume. Images from S3 manifests (instance store)
 * are not supported: the cloud has no S3 to read them from.
 */
public final class RegisterImage implements Operation<RegisterImageRequest, RegisterImageResponse> {
    private static final Set<String> ARCHITECTURES = Set.of("i386", "x86_64", "arm64");

    private final Ec2Context context;
    private final ImageDirectory directory;
    private final ImageCreation creation;

    RegisterImage(Ec2Context context, ImageDirectory directory, ImageCreation creation) {
        this.context = context;
        this.directory = directory;
        this.creation = creation;
    }

    @Override
    public RegisterImageResponse handle(RegisterImageRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String name = ImageNames.requireNew(request.name(), account, directory);
        BlockDeviceMapping root = rootMapping(request);
        String rootDeviceName = request.rootDeviceName() != null ? request.rootDeviceName() : root.deviceName();
        String snapshotId = Ec2Ids.requireWellFormed(ResourceKind.SNAPSHOT, root.ebs().snapshotId());
        String architecture = request.architectureAsString() == null ? "x86_64" : request.architectureAsString();
        if (!ARCHITECTURES.contains(architecture)) {
            throw invalid("architecture", architecture);
        }
        if (request.virtualizationType() != null && !request.virtualizationType().equals("hvm")) {
            throw invalid("virtualizationType", request.virtualizationType());
        }
        Map<String, Map<String, String>> tags = TagSpecifications.byType(request.tagSpecifications(), Set.of("image"));
        DryRun.check(request.dryRun());
        String snapshotBackendId = context.ids().requireBackend(ResourceKind.SNAPSHOT, snapshotId);
        Image image;
        try {
            image = context.compute().images().register(account, name, request.description(), architecture,
                    rootDeviceName, snapshotBackendId);
        } catch (ComputeException e) {
            throw ImageNames.createFailure(e, name, ResourceKind.SNAPSHOT, snapshotId);
        }
        ImageExtras extras = new ImageExtras(null, snapshotId, root.ebs().volumeTypeAsString(),
                request.bootModeAsString(), request.imdsSupportAsString(), request.enaSupport(), null, null, null);
        return RegisterImageResponse.builder().imageId(creation.completed(account, image, extras, tags)).build();
    }

    /** The mapping of the root device, which must come from a snapshot. */
    private static BlockDeviceMapping rootMapping(RegisterImageRequest request) {
        BlockDeviceMapping root = request.blockDeviceMappings().stream()
                .filter(mapping -> request.rootDeviceName() == null
                        ? mapping.ebs() != null && mapping.ebs().snapshotId() != null
                        : request.rootDeviceName().equals(mapping.deviceName()))
                .findFirst()
                .orElse(null);
        if (root == null || root.ebs() == null || root.ebs().snapshotId() == null) {
            throw AwsException.badRequest("InvalidBlockDeviceMapping", request.imageLocation() != null
                    ? "Registering images from an S3 manifest is not supported; register from an EBS snapshot"
                    : "The root device must be an EBS volume from a snapshot");
        }
        if (root.deviceName() == null && request.rootDeviceName() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter rootDeviceName");
        }
        return root;
    }

    private static AwsException invalid(String parameter, String value) {
        return AwsException.badRequest("InvalidParameterValue",
                "Value (" + value + ") for parameter " + parameter + " is invalid.");
    }
}
