package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeResponse;

/** Deletes a volume that is not attached, with its tags and EC2-side records. */
public final class DeleteVolume implements Operation<DeleteVolumeRequest, DeleteVolumeResponse> {
    private final Ec2Context ec2;
    private final EbsRecords records;
    private final VolumeLookup lookup;

    DeleteVolume(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public DeleteVolumeResponse handle(DeleteVolumeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String volumeId = request.volumeId();
        Volume volume = lookup.requireVolume(account, volumeId);
        if (volume.machineId() != null) {
            throw inUse(volumeId, volume.machineId());
        }
        DryRun.check(request.dryRun());
        try {
            ec2.compute().volumes().delete(account, volume.id());
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ResourceKind.VOLUME.notFound(volumeId);
                case IN_USE -> lookup.findVolume(account, volumeId).map(Volume::machineId)
                        .map(machineId -> inUse(volumeId, machineId))
                        .orElseGet(() -> AwsException.badRequest("VolumeInUse", "Volume " + volumeId + " is in use"));
                default -> ComputeErrors.toAws(e, ResourceKind.VOLUME, volumeId);
            };
        }
        ec2.tags().forget(account, volumeId);
        records.forget(account, volumeId);
        return DeleteVolumeResponse.builder().build();
    }

    private AwsException inUse(String volumeId, String machineId) {
        return AwsException.badRequest("VolumeInUse",
                "Volume " + volumeId + " is currently attached to " + lookup.instanceId(machineId));
    }
}
