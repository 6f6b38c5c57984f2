package io.cloudgate.ec2.ops.volumes;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AttachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeStatusResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.DetachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.ModifySnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySnapshotAttributeResponse;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeResponse;

/** The EBS operations: volumes, their attachments and modifications, and snapshots. */
public final class VolumeOperations {
    private VolumeOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        EbsRecords records = new EbsRecords(context.store());
        return List.of(
                BoundOperation.of(operation("CreateVolume",
                        CreateVolumeRequest::builder, CreateVolumeResponse::builder),
                        new CreateVolume(context, records)),
                BoundOperation.of(operation("AttachVolume",
                        AttachVolumeRequest::builder, AttachVolumeResponse::builder),
                        new AttachVolume(context)),
                BoundOperation.of(operation("DetachVolume",
                        DetachVolumeRequest::builder, DetachVolumeResponse::builder),
                        new DetachVolume(context)),
                BoundOperation.of(operation("DeleteVolume",
                        DeleteVolumeRequest::builder, DeleteVolumeResponse::builder),
                        new DeleteVolume(context, records)),
                BoundOperation.of(operation("DescribeVolumes",
                        DescribeVolumesRequest::builder, DescribeVolumesResponse::builder),
                        new DescribeVolumes(context, records)),
                BoundOperation.of(operation("ModifyVolume",
                        ModifyVolumeRequest::builder, ModifyVolumeResponse::builder),
                        new ModifyVolume(context, records)),
                BoundOperation.of(operation("DescribeVolumesModifications",
                        DescribeVolumesModificationsRequest::builder, DescribeVolumesModificationsResponse::builder),
                        new DescribeVolumesModifications(context, records)),
                BoundOperation.of(operation("DescribeVolumeStatus",
                        DescribeVolumeStatusRequest::builder, DescribeVolumeStatusResponse::builder),
                        new DescribeVolumeStatus(context)),
                BoundOperation.of(operation("DescribeVolumeAttribute",
                        DescribeVolumeAttributeRequest::builder, DescribeVolumeAttributeResponse::builder),
                        new DescribeVolumeAttribute(context)),
                BoundOperation.of(operation("CreateSnapshot",
                        CreateSnapshotRequest::builder, CreateSnapshotResponse::builder),
                        new CreateSnapshot(context, records)),
                BoundOperation.of(operation("DeleteSnapshot",
                        DeleteSnapshotRequest::builder, DeleteSnapshotResponse::builder),
                        new DeleteSnapshot(context, records)),
                BoundOperation.of(operation("DescribeSnapshots",
                        DescribeSnapshotsRequest::builder, DescribeSnapshotsResponse::builder),
                        new DescribeSnapshots(context, records)),
                BoundOperation.of(operation("ModifySnapshotAttribute",
                        ModifySnapshotAttributeRequest::builder, ModifySnapshotAttributeResponse::builder),
                        new ModifySnapshotAttribute(context, records)),
                BoundOperation.of(operation("DescribeSnapshotAttribute",
                        DescribeSnapshotAttributeRequest::builder, DescribeSnapshotAttributeResponse::builder),
                        new DescribeSnapshotAttribute(context, records)));
    }
}
