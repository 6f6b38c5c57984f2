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
import io.cloudgate.ec2.ops.volumes.EbsRecords.Modification;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeResponse;
import software.amazon.awssdk.services.ec2.model.VolumeModificationState;

/**
 * Grows a volume or changes its type, IOPS or throughput. Settings not given are kept where the target type
 * has them. The modification answers "modifying" and is reported "completed" by DescribeVolumesModifications
 * (the cloud applies it at once), which is what Terraform waits for.
 */
public final class ModifyVolume implements Operation<ModifyVolumeRequest, ModifyVolumeResponse> {
    private final Ec2Context ec2;
    private final EbsRecords records;
    private final VolumeLookup lookup;

    ModifyVolume(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public ModifyVolumeResponse handle(ModifyVolumeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String volumeId = request.volumeId();
        Volume volume = lookup.requireVolume(account, volumeId);
        if (request.size() == null && request.volumeType() == null && request.iops() == null
                && request.throughput() == null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "At least one of the parameters Size, VolumeType, Iops or Throughput must be specified.");
        }
        if (Boolean.TRUE.equals(request.multiAttachEnabled())) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "Multi-Attach is not supported for volumes in this region.");
        }
        int size = request.size() != null ? request.size() : volume.sizeGib();
        if (size < volume.sizeGib()) {
            throw AwsException.badRequest("InvalidParameterValue", "New size cannot be smaller than existing size");
        }
        String type = request.volumeType() != null ? request.volumeTypeAsString() : volume.volumeType();
        boolean sameType = type.equals(volume.volumeType());
        Integer iops = request.iops() != null ? request.iops() : sameType ? volume.iops() : null;
        Integer throughput = request.throughput() != null ? request.throughput()
                : sameType ? volume.throughput() : null;
        VolumeRules.Settings target = VolumeRules.check(type, size, iops, throughput);
        DryRun.check(request.dryRun());
        try {
            ec2.compute().volumes().modify(account, volume.id(), target.sizeGib(), target.type(), target.iops(),
                    target.throughput());
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ResourceKind.VOLUME.notFound(volumeId);
                case INVALID_ARGUMENT -> AwsException.badRequest("InvalidParameterValue",
                        "New size cannot be smaller than existing size");
                default -> ComputeErrors.toAws(e, ResourceKind.VOLUME, volumeId);
            };
        }
        Modification modification = new Modification(volumeId, volume.sizeGib(), volume.volumeType(),
                VolumeRules.reportedIops(volume.volumeType(), volume.sizeGib(), volume.iops()), volume.throughput(),
                target.sizeGib(), target.type(), VolumeRules.reportedIops(target.type(), target.sizeGib(),
                target.iops()), target.throughput(), ec2.clock().instant());
        records.putModification(account, modification);
        return ModifyVolumeResponse.builder()
                .volumeModification(DescribeVolumesModifications.shape(modification, VolumeModificationState.MODIFYING))
                .build();
    }
}
