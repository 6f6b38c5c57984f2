package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ec2.model.AttachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.DetachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.Volume;

/** The volume operations over one testbed, called as a client would (one request, one account). */
final class VolumeCalls {
    final Ec2Testbed bed;
    final EbsRecords records;

    VolumeCalls(Ec2Testbed bed) {
        this.bed = bed;
        this.records = new EbsRecords(bed.context.store());
    }

    CreateVolumeResponse create(RequestContext as, Consumer<CreateVolumeRequest.Builder> request) {
        CreateVolumeRequest.Builder builder = CreateVolumeRequest.builder().availabilityZone(Ec2Testbed.ZONE);
        request.accept(builder);
        return new CreateVolume(bed.context, records).handle(builder.build(), as);
    }

    /** A gp2 volume of the size, past its "creating" phase. */
    String availableVolume(RequestContext as, int size) {
        String volumeId = create(as, request -> request.size(size)).volumeId();
        bed.clock.advance(Duration.ofSeconds(5));
        return volumeId;
    }

    DescribeVolumesResponse describe(RequestContext as, Consumer<DescribeVolumesRequest.Builder> request) {
        DescribeVolumesRequest.Builder builder = DescribeVolumesRequest.builder();
        request.accept(builder);
        return new DescribeVolumes(bed.context, records).handle(builder.build(), as);
    }

    Volume volume(RequestContext as, String volumeId) {
        return describe(as, request -> request.volumeIds(volumeId)).volumes().getFirst();
    }

    AttachVolumeResponse attach(RequestContext as, String volumeId, String instanceId, String device) {
        return new AttachVolume(bed.context).handle(AttachVolumeRequest.builder().volumeId(volumeId)
                .instanceId(instanceId).device(device).build(), as);
    }

    DetachVolumeResponse detach(RequestContext as, Consumer<DetachVolumeRequest.Builder> request) {
        DetachVolumeRequest.Builder builder = DetachVolumeRequest.builder();
        request.accept(builder);
        return new DetachVolume(bed.context).handle(builder.build(), as);
    }

    void delete(RequestContext as, String volumeId) {
        new DeleteVolume(bed.context, records).handle(DeleteVolumeRequest.builder().volumeId(volumeId).build(), as);
    }

    CreateSnapshotResponse snapshot(RequestContext as, Consumer<CreateSnapshotRequest.Builder> request) {
        CreateSnapshotRequest.Builder builder = CreateSnapshotRequest.builder();
        request.accept(builder);
        return new CreateSnapshot(bed.context, records).handle(builder.build(), as);
    }

    DescribeSnapshotsResponse snapshots(RequestContext as, Consumer<DescribeSnapshotsRequest.Builder> request) {
        DescribeSnapshotsRequest.Builder builder = DescribeSnapshotsRequest.builder();
        request.accept(builder);
        return new DescribeSnapshots(bed.context, records).handle(builder.build(), as);
    }

    void deleteSnapshot(RequestContext as, String snapshotId) {
        new DeleteSnapshot(bed.context, records).handle(DeleteSnapshotRequest.builder().snapshotId(snapshotId).build(),
                as);
    }
}
