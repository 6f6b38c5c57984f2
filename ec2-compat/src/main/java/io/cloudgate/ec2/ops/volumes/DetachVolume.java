package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.DetachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.VolumeAttachmentState;

/**
 * Detaches a volume; InstanceId and Device, when given, must name the current attachment. The root volume
 * of a running instance stays. Answers "detaching", as AWS does.
 */
public final class DetachVolume implements Operation<DetachVolumeRequest, DetachVolumeResponse> {
    private final Ec2Context ec2;
    private final VolumeLookup lookup;

    DetachVolume(Ec2Context ec2) {
        this.ec2 = ec2;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public DetachVolumeResponse handle(DetachVolumeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String volumeId = request.volumeId();
        Volume volume = lookup.requireVolume(account, volumeId);
        if (volume.machineId() == null || volume.attachment() == null) {
            throw AwsException.badRequest("IncorrectState",
                    "Volume '" + volumeId + "' is in the '" + volume.state() + "' state.");
        }
        String instanceId = lookup.instanceId(volume.machineId());
        AttachedDisk disk = volume.attachment();
        if (request.instanceId() != null && !request.instanceId().equals(instanceId)) {
            throw AwsException.badRequest("InvalidAttachment.NotFound", "Volume " + volumeId
                    + " can not be detached from " + request.instanceId() + " because it is not attached");
        }
        if (request.device() != null && !request.device().equals(disk.deviceName())) {
            throw AwsException.badRequest("InvalidAttachment.NotFound", "The volume " + volumeId
                    + " is not attached to instance " + instanceId + " as device " + request.device());
        }
        Optional<Machine> machine = ec2.compute().machines().find(account, volume.machineId());
        if (machine.isPresent() && machine.get().state() == MachineState.RUNNING
                && disk.deviceName().equals(machine.get().rootDeviceName())) {
            throw AwsException.badRequest("IncorrectState",
                    "Unable to detach root volume '" + volumeId + "' from instance '" + instanceId + "'");
        }
        DryRun.check(request.dryRun());
        try {
            ec2.compute().volumes().detach(account, volume.id(), Boolean.TRUE.equals(request.force()));
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ResourceKind.VOLUME.notFound(volumeId);
                case INVALID_STATE -> AwsException.badRequest("IncorrectState",
                        "Volume '" + volumeId + "' is in the '" + volume.state() + "' state.");
                default -> ComputeErrors.toAws(e, ResourceKind.VOLUME, volumeId);
            };
        }
        var attachment = VolumeShapes.attachment(volumeId, instanceId, disk, VolumeAttachmentState.DETACHING);
        return DetachVolumeResponse.builder()
                .volumeId(attachment.volumeId())
                .instanceId(attachment.instanceId())
                .device(attachment.device())
                .state(attachment.state())
                .attachTime(attachment.attachTime())
                .deleteOnTermination(attachment.deleteOnTermination())
                .build();
    }
}
