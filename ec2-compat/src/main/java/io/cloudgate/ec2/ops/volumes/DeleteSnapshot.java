package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotResponse;

/** Deletes a snapshot no image was registered from, with its tags and EC2-side records. */
public final class DeleteSnapshot implements Operation<DeleteSnapshotRequest, DeleteSnapshotResponse> {
    private final Ec2Context ec2;
    private final EbsRecords records;
    private final VolumeLookup lookup;

    DeleteSnapshot(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public DeleteSnapshotResponse handle(DeleteSnapshotRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String snapshotId = request.snapshotId();
        Snapshot snapshot = lookup.requireSnapshot(account, snapshotId);
        DryRun.check(request.dryRun());
        try {
            ec2.compute().volumes().deleteSnapshot(account, snapshot.id());
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ResourceKind.SNAPSHOT.notFound(snapshotId);
                case IN_USE -> AwsException.badRequest("InvalidSnapshot.InUse",
                        "The snapshot " + snapshotId + " is currently in use by " + user(account, snapshot.id()));
                default -> ComputeErrors.toAws(e, ResourceKind.SNAPSHOT, snapshotId);
            };
        }
        ec2.tags().forget(account, snapshotId);
        records.forget(account, snapshotId);
        return DeleteSnapshotResponse.builder().build();
    }

    /** The image registered from the snapshot, named as AWS names it in the error; found only on this path. */
    private String user(String account, String backendSnapshotId) {
        return ec2.compute().images().visibleTo(account).stream()
                .filter(image -> account.equals(image.owner()))
                .filter(image -> ec2.compute().images().rootSnapshotId(account, image.id())
                        .filter(backendSnapshotId::equals).isPresent())
                .map(image -> ec2.ids().toAws(ResourceKind.IMAGE, image.id()))
                .findFirst()
                .orElse("an image");
    }
}
