package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.CreateTokens;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.core.ZoneIds;
import io.cloudgate.ec2.ops.volumes.EbsRecords.Encryption;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;

/**
 * Creates an empty volume or one from a snapshot. Type defaults to gp2; a volume from an encrypted
 * snapshot is encrypted; encryption without a key uses the account's default EBS key.
 */
public final class CreateVolume implements Operation<CreateVolumeRequest, CreateVolumeResponse> {
    private final Ec2Context ec2;
    private final EbsRecords records;
    private final VolumeLookup lookup;
    private final VolumeShapes shapes;
    private final CreateTokens tokens;

    CreateVolume(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
        this.shapes = new VolumeShapes(ec2, records);
        this.tokens = new CreateTokens(ec2.store(), ec2.clock(), "CreateVolume");
    }

    @Override
    public CreateVolumeResponse handle(CreateVolumeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String zone = zoneName(request);
        if (request.size() == null && request.snapshotId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter size/snapshot");
        }
        Snapshot snapshot = request.snapshotId() == null ? null : lookup.requireSnapshot(account, request.snapshotId());
        if (snapshot != null && !"completed".equals(snapshot.state())) {
            throw AwsException.badRequest("IncorrectState", "Snapshot is in invalid state - " + snapshot.state());
        }
        int size = request.size() != null ? request.size() : snapshot.sizeGib();
        if (snapshot != null && size < snapshot.sizeGib()) {
            throw AwsException.badRequest("InvalidParameterValue", "Volume of size " + size
                    + "GiB is smaller than snapshot '" + request.snapshotId() + "', expect size >= "
                    + snapshot.sizeGib() + "GiB");
        }
        String type = request.volumeType() == null ? VolumeRules.DEFAULT_TYPE : request.volumeTypeAsString();
        VolumeRules.Settings settings = VolumeRules.check(type, size, request.iops(), request.throughput());
        if (Boolean.TRUE.equals(request.multiAttachEnabled())) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "Multi-Attach is not supported for volumes in this region.");
        }
        Encryption encryption = encryption(account, request, snapshot == null ? Encryption.NONE
                : records.encryption(account, request.snapshotId()));
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "volume");
        DryRun.check(request.dryRun());
        int fingerprint = request.toBuilder().clientToken(null).dryRun(null).build().hashCode();
        Optional<String> earlier = tokens.earlier(account, request.clientToken(), fingerprint);
        Volume volume;
        try {
            volume = earlier.isPresent()
                    ? lookup.findVolume(account, earlier.get()).orElseThrow(CreateTokens::deleted)
                    : create(account, zone, settings, snapshot, request.snapshotId());
        } catch (RuntimeException e) {
            if (earlier.isEmpty()) {
                tokens.release(account, request.clientToken());
            }
            throw e;
        }
        String volumeId = ec2.ids().toAws(ResourceKind.VOLUME, volume.id());
        if (earlier.isEmpty()) {
            records.putEncryption(account, volumeId, encryption);
            if (!tags.isEmpty()) {
                ec2.tags().put(account, volumeId, tags);
            }
            tokens.remember(account, request.clientToken(), fingerprint, volumeId);
        }
        var shape = shapes.volume(account, volume, ec2.tags().of(account, volumeId), shapes.zoneIds());
        return CreateVolumeResponse.builder()
                .volumeId(shape.volumeId())
                .size(shape.size())
                .snapshotId(shape.snapshotId())
                .availabilityZone(shape.availabilityZone())
                .availabilityZoneId(shape.availabilityZoneId())
                .state(shape.state())
                .createTime(shape.createTime())
                .attachments(shape.attachments())
                .encrypted(shape.encrypted())
                .kmsKeyId(shape.kmsKeyId())
                .volumeType(shape.volumeType())
                .iops(shape.iops())
                .throughput(shape.throughput())
                .multiAttachEnabled(shape.multiAttachEnabled())
                .tags(shape.tags())
                .build();
    }

    /** The zone by name, or by zone id ("use1-az1"); it must be one of the cloud's. */
    private String zoneName(CreateVolumeRequest request) {
        Map<String, String> ids = ZoneIds.byZoneName(ec2.compute().zones().list(), ec2.region());
        if (request.availabilityZone() == null && request.availabilityZoneId() != null) {
            return ids.entrySet().stream().filter(entry -> entry.getValue().equals(request.availabilityZoneId()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> AwsException.badRequest("InvalidParameterValue",
                            "Invalid availability zone ID: [" + request.availabilityZoneId() + "]"));
        }
        String zone = request.availabilityZone();
        VolumeLookup.requirePresent(zone, "AvailabilityZone");
        if (!ids.containsKey(zone)) {
            throw AwsException.badRequest("InvalidZone.NotFound", "The zone '" + zone + "' does not exist.");
        }
        return zone;
    }

    private Encryption encryption(String account, CreateVolumeRequest request, Encryption fromSnapshot) {
        boolean encrypted = Boolean.TRUE.equals(request.encrypted()) || fromSnapshot.encrypted();
        if (request.kmsKeyId() != null && !encrypted) {
            throw AwsException.badRequest("InvalidParameterDependency",
                    "The parameter KmsKeyId requires the parameter Encrypted to be set.");
        }
        if (!encrypted) {
            return Encryption.NONE;
        }
        String key = request.kmsKeyId() != null ? request.kmsKeyId()
                : fromSnapshot.kmsKeyId() != null ? fromSnapshot.kmsKeyId()
                : "arn:aws:kms:" + ec2.region() + ":" + account + ":alias/aws/ebs";
        return new Encryption(true, key);
    }

    private Volume create(String account, String zone, VolumeRules.Settings settings, Snapshot snapshot,
                          String snapshotId) {
        try {
            return ec2.compute().volumes().create(account, zone, settings.sizeGib(), settings.type(),
                    settings.iops(), settings.throughput(), snapshot == null ? null : snapshot.id());
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case VOLUME_QUOTA -> AwsException.badRequest("VolumeLimitExceeded", "You have exceeded your maximum "
                        + settings.type() + " storage limit in this region. Please contact support to request a "
                        + "volume limit increase.");
                case NOT_FOUND -> ResourceKind.SNAPSHOT.notFound(snapshotId);
                default -> ComputeErrors.toAws(e, ResourceKind.VOLUME, null);
            };
        }
    }
}
