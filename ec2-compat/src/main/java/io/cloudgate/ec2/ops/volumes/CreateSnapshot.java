package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;

/** Snapshots a volume; the snapshot is encrypted when the volume is, and moves pending -> completed. */
public final class CreateSnapshot implements Operation<CreateSnapshotRequest, CreateSnapshotResponse> {
    private static final int MAX_DESCRIPTION = 255;

    private final Ec2Context ec2;
    private final EbsRecords records;
    private final VolumeLookup lookup;
    private final VolumeShapes shapes;

    CreateSnapshot(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
        this.shapes = new VolumeShapes(ec2, records);
    }

    @Override
    public CreateSnapshotResponse handle(CreateSnapshotRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String volumeId = request.volumeId();
        Volume volume = lookup.requireVolume(account, volumeId);
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The description can be at most " + MAX_DESCRIPTION + " characters long.");
        }
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "snapshot");
        DryRun.check(request.dryRun());
        Snapshot snapshot;
        try {
            snapshot = ec2.compute().volumes().snapshot(account, volume.id(), request.description());
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ResourceKind.VOLUME.notFound(volumeId);
                case INVALID_STATE -> AwsException.badRequest("IncorrectState",
                        "The volume '" + volumeId + "' is in the '" + volume.state() + "' state.");
                default -> ComputeErrors.toAws(e, ResourceKind.VOLUME, volumeId);
            };
        }
        String snapshotId = ec2.ids().toAws(ResourceKind.SNAPSHOT, snapshot.id());
        records.putEncryption(account, snapshotId, records.encryption(account, volumeId));
        if (!tags.isEmpty()) {
            ec2.tags().put(account, snapshotId, tags);
        }
        var shape = shapes.snapshot(account, snapshot, tags);
        return CreateSnapshotResponse.builder()
                .snapshotId(shape.snapshotId())
                .volumeId(shape.volumeId())
                .state(shape.state())
                .startTime(shape.startTime())
                .progress(shape.progress())
                .ownerId(shape.ownerId())
                .description(shape.description())
                .volumeSize(shape.volumeSize())
                .encrypted(shape.encrypted())
                .kmsKeyId(shape.kmsKeyId())
                .storageTier(shape.storageTier())
                .tags(shape.tags())
                .build();
    }
}
