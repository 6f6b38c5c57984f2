package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.CreateImageRequest;
import software.amazon.awssdk.services.ec2.model.CreateImageResponse;

/**
 * Captures an instance's root volume as a new image, which is "pending" until the cloud has copied it. Unless
 * NoReboot is set, a running instance is rebooted first, as EC2 does for a consistent file system.
 */
public final class CreateImage implements Operation<CreateImageRequest, CreateImageResponse> {
    private final Ec2Context context;
    private final ImageDirectory directory;
    private final ImageCreation creation;

    CreateImage(Ec2Context context, ImageDirectory directory, ImageCreation creation) {
        this.context = context;
        this.directory = directory;
        this.creation = creation;
    }

    @Override
    public CreateImageResponse handle(CreateImageRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter instanceId");
        }
        String instanceId = Ec2Ids.requireWellFormed(ResourceKind.INSTANCE, request.instanceId());
        String name = ImageNames.requireNew(request.name(), account, directory);
        Map<String, Map<String, String>> tags = TagSpecifications.byType(request.tagSpecifications(),
                Set.of("image", "snapshot"));
        DryRun.check(request.dryRun());
        String machineId = context.ids().requireBackend(ResourceKind.INSTANCE, instanceId);
        Machine machine = context.compute().machines().find(account, machineId)
                .orElseThrow(() -> ResourceKind.INSTANCE.notFound(instanceId));
        Image image;
        try {
            if (!Boolean.TRUE.equals(request.noReboot()) && machine.state() == MachineState.RUNNING) {
                context.compute().machines().reboot(account, machineId);
            }
            image = context.compute().images().capture(account, machineId, name, request.description());
        } catch (ComputeException e) {
            throw ImageNames.createFailure(e, name, ResourceKind.INSTANCE, instanceId);
        }
        ImageExtras extras = new ImageExtras(null, null, rootVolumeType(account, machine), null, null, null,
                instanceId, null, null);
        return CreateImageResponse.builder().imageId(creation.completed(account, image, extras, tags)).build();
    }

    private String rootVolumeType(String account, Machine machine) {
        return machine.disks().stream()
                .filter(disk -> disk.deviceName().equals(machine.rootDeviceName()))
                .map(AttachedDisk::volumeId)
                .findFirst()
                .flatMap(volumeId -> context.compute().volumes().find(account, volumeId))
                .map(Volume::volumeType)
                .orElse(null);
    }
}
