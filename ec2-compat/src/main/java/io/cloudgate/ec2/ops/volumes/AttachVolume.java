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
import java.time.Instant;
import software.amazon.awssdk.services.ec2.model.AttachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.VolumeAttachmentState;

/**
 * Attaches an available volume to a running or stopped instance in the same zone at a free device name.
 * Answers "attaching", as AWS does; DescribeVolumes shows "attached" once the cloud has done it.
 */
public final class AttachVolume implements Operation<AttachVolumeRequest, AttachVolumeResponse> {
    private final Ec2Context ec2;
    private final VolumeLookup lookup;

    AttachVolume(Ec2Context ec2) {
        this.ec2 = ec2;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public AttachVolumeResponse handle(AttachVolumeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String volumeId = request.volumeId();
        String instanceId = request.instanceId();
        String device = DeviceNames.require(request.device());
        Volume volume = lookup.requireVolume(account, volumeId);
        Machine machine = lookup.requireMachine(account, instanceId);
        if (volume.machineId() != null) {
            throw AwsException.badRequest("VolumeInUse", volumeId + " is already attached to an instance");
        }
        if (!"available".equals(volume.state())) {
            throw AwsException.badRequest("IncorrectState", volumeId + " is not 'available'.");
        }
        if (!volume.zone().equals(machine.zone())) {
            throw AwsException.badRequest("InvalidVolume.ZoneMismatch", "The volume '" + volumeId
                    + "' is not in the same availability zone as instance '" + instanceId + "'");
        }
        if (machine.state() != MachineState.RUNNING && machine.state() != MachineState.STOPPED) {
            throw AwsException.badRequest("IncorrectState", "Instance '" + instanceId + "' is not 'running'.");
        }
        if (device.equals(machine.rootDeviceName())
                || machine.disks().stream().anyMatch(disk -> device.equals(disk.deviceName()))) {
            throw AwsException.badRequest("InvalidParameterValue", "Invalid value '" + device
                    + "' for unixDevice. Attachment point " + device + " is already in use");
        }
        DryRun.check(request.dryRun());
        Volume attached = attach(account, volume, machine, device, volumeId);
        AttachedDisk disk = attached.attachment() != null ? attached.attachment()
                : new AttachedDisk(volume.id(), device, false, Instant.now(ec2.clock()));
        var attachment = VolumeShapes.attachment(volumeId, instanceId, disk, VolumeAttachmentState.ATTACHING);
        return AttachVolumeResponse.builder()
                .volumeId(attachment.volumeId())
                .instanceId(attachment.instanceId())
                .device(attachment.device())
                .state(attachment.state())
                .attachTime(attachment.attachTime())
                .deleteOnTermination(attachment.deleteOnTermination())
                .build();
    }

    private Volume attach(String account, Volume volume, Machine machine, String device, String volumeId) {
        try {
            return ec2.compute().volumes().attach(account, volume.id(), machine.id(), device);
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ResourceKind.VOLUME.notFound(volumeId);
                case IN_USE -> AwsException.badRequest("VolumeInUse", volumeId + " is already attached to an instance");
                case INVALID_STATE -> AwsException.badRequest("IncorrectState", volumeId + " is not 'available'.");
                case INVALID_ARGUMENT -> AwsException.badRequest("InvalidParameterValue", "Invalid value '" + device
                        + "' for unixDevice. Attachment point " + device + " is already in use");
                default -> ComputeErrors.toAws(e, ResourceKind.VOLUME, volumeId);
            };
        }
    }
}
