package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.core.ZoneIds;
import io.cloudgate.ec2.ops.volumes.EbsRecords.Encryption;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;
import software.amazon.awssdk.services.ec2.model.VolumeAttachmentState;

/** The cloud's volumes and snapshots in EC2's shapes, with AWS ids, tags and the EC2-side flags. */
final class VolumeShapes {
    /** The account the cloud's public snapshots are shown under: Amazon's, as its images' snapshots are. */
    static final String CLOUD_OWNER_ID = "137112412989";

    private final Ec2Context ec2;
    private final EbsRecords records;

    VolumeShapes(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.records = records;
    }

    /** Zone name -> zone id, read once per listing. */
    Map<String, String> zoneIds() {
        return ZoneIds.byZoneName(ec2.compute().zones().list(), ec2.region());
    }

    Volume volume(String account, io.cloudgate.compute.Volume volume, Map<String, String> tags,
                  Map<String, String> zoneIds) {
        String volumeId = ec2.ids().toAws(ResourceKind.VOLUME, volume.id());
        Encryption encryption = records.encryption(account, volumeId);
        return Volume.builder()
                .volumeId(volumeId)
                .size(volume.sizeGib())
                .snapshotId(volume.snapshotId() == null ? "" : ec2.ids().toAws(ResourceKind.SNAPSHOT,
                        volume.snapshotId()))
                .availabilityZone(volume.zone())
                .availabilityZoneId(zoneIds.get(volume.zone()))
                .state(volume.state())
                .createTime(volume.createdAt())
                .attachments(attachments(volumeId, volume))
                .encrypted(encryption.encrypted())
                .kmsKeyId(encryption.kmsKeyId())
                .volumeType(volume.volumeType())
                .iops(VolumeRules.reportedIops(volume.volumeType(), volume.sizeGib(), volume.iops()))
                .throughput("gp3".equals(volume.volumeType()) ? volume.throughput() : null)
                .multiAttachEnabled(false)
                .tags(tags.isEmpty() ? null : TagSpecifications.toSdk(tags))
                .build();
    }

    private List<VolumeAttachment> attachments(String volumeId, io.cloudgate.compute.Volume volume) {
        AttachedDisk disk = volume.attachment();
        if (disk == null || volume.machineId() == null) {
            return List.of();
        }
        return List.of(attachment(volumeId, ec2.ids().toAws(ResourceKind.INSTANCE, volume.machineId()), disk,
                VolumeAttachmentState.ATTACHED));
    }

    static VolumeAttachment attachment(String volumeId, String instanceId, AttachedDisk disk,
                                       VolumeAttachmentState state) {
        return VolumeAttachment.builder()
                .volumeId(volumeId)
                .instanceId(instanceId)
                .device(disk.deviceName())
                .state(state)
                .attachTime(disk.attachedAt())
                .deleteOnTermination(disk.deleteOnTermination())
                .build();
    }

    Snapshot snapshot(String account, io.cloudgate.compute.Snapshot snapshot, Map<String, String> tags) {
        String snapshotId = ec2.ids().toAws(ResourceKind.SNAPSHOT, snapshot.id());
        Encryption encryption = records.encryption(account, snapshotId);
        return Snapshot.builder()
                .snapshotId(snapshotId)
                .volumeId(snapshot.volumeId() == null ? "vol-ffffffff"
                        : ec2.ids().toAws(ResourceKind.VOLUME, snapshot.volumeId()))
                .state(snapshot.state())
                .startTime(snapshot.startedAt())
                .progress(snapshot.progressPercent() + "%")
                .ownerId(snapshot.owner() == null ? CLOUD_OWNER_ID : snapshot.owner())
                .ownerAlias(snapshot.owner() == null ? "amazon" : null)
                .description(snapshot.description() == null ? "" : snapshot.description())
                .volumeSize(snapshot.sizeGib())
                .encrypted(encryption.encrypted())
                .kmsKeyId(encryption.kmsKeyId())
                .storageTier("standard")
                .tags(tags.isEmpty() ? null : TagSpecifications.toSdk(tags))
                .build();
    }
}
