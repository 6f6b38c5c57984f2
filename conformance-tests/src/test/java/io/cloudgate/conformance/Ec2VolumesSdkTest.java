package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SnapshotState;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachmentState;
import software.amazon.awssdk.services.ec2.model.VolumeModificationState;
import software.amazon.awssdk.services.ec2.model.VolumeState;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/** EBS volumes and snapshots through the AWS SDK for Java v2, with its waiters and the common mistakes. */
class Ec2VolumesSdkTest extends TwoTenants {


    @Test
    void createAttachModifyDetachSnapshotRestoreAndDelete() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            String zone = zone(ec2);
            var created = ec2.createVolume(r -> r.availabilityZone(zone).size(10).volumeType(VolumeType.GP3)
                    .tagSpecifications(t -> t.resourceType(ResourceType.VOLUME).tags(x -> x.key("Name").value("data"))));
            String volumeId = created.volumeId();
            assertThat(volumeId).matches("vol-[0-9a-f]{17}");
            assertThat(created.state()).isEqualTo(VolumeState.CREATING);
            assertThat(created.iops()).isEqualTo(3000);
            assertThat(created.throughput()).isEqualTo(125);
            assertThat(created.encrypted()).isFalse();
            ec2.waiter().waitUntilVolumeAvailable(r -> r.volumeIds(volumeId), QUICK);

            String instanceId = runningInstance(ec2, zone);
            var attached = ec2.attachVolume(r -> r.volumeId(volumeId).instanceId(instanceId).device("/dev/sdf"));
            assertThat(attached.state()).isEqualTo(VolumeAttachmentState.ATTACHING);
            ec2.waiter().waitUntilVolumeInUse(r -> r.volumeIds(volumeId), QUICK);
            Volume inUse = ec2.describeVolumes(r -> r.filters(filter("attachment.instance-id", instanceId),
                    filter("attachment.device", "/dev/sdf"))).volumes().getFirst();
            assertThat(inUse.volumeId()).isEqualTo(volumeId);
            assertThat(inUse.attachments().getFirst().state()).isEqualTo(VolumeAttachmentState.ATTACHED);
            assertThat(inUse.tags()).singleElement().satisfies(tag -> assertThat(tag.value()).isEqualTo("data"));
            assertThat(errorCode(() -> ec2.deleteVolume(r -> r.volumeId(volumeId)), "VolumeInUse"))
                    .isEqualTo("Volume " + volumeId + " is currently attached to " + instanceId);

            var modification = ec2.modifyVolume(r -> r.volumeId(volumeId).size(20).iops(4000)).volumeModification();
            assertThat(modification.modificationState()).isEqualTo(VolumeModificationState.MODIFYING);
            assertThat(ec2.describeVolumesModifications(r -> r.volumeIds(volumeId)).volumesModifications()
                    .getFirst().modificationState()).isEqualTo(VolumeModificationState.COMPLETED);
            assertThat(ec2.describeVolumes(r -> r.volumeIds(volumeId)).volumes().getFirst().size()).isEqualTo(20);

            ec2.detachVolume(r -> r.volumeId(volumeId));
            ec2.waiter().waitUntilVolumeAvailable(r -> r.volumeIds(volumeId), QUICK);

            String snapshotId = ec2.createSnapshot(r -> r.volumeId(volumeId).description("before upgrade"))
                    .snapshotId();
            assertThat(snapshotId).matches("snap-[0-9a-f]{17}");
            ec2.waiter().waitUntilSnapshotCompleted(r -> r.snapshotIds(snapshotId), QUICK);
            var snapshot = ec2.describeSnapshots(r -> r.ownerIds("self")).snapshots().getFirst();
            assertThat(snapshot.state()).isEqualTo(SnapshotState.COMPLETED);
            assertThat(snapshot.volumeSize()).isEqualTo(20);
            assertThat(snapshot.ownerId()).isEqualTo(tenant.accountId());

            String restored = ec2.createVolume(r -> r.availabilityZone(zone).snapshotId(snapshotId)).volumeId();
            assertThat(ec2.describeVolumes(r -> r.volumeIds(restored)).volumes().getFirst().snapshotId())
                    .isEqualTo(snapshotId);
            ec2.deleteSnapshot(r -> r.snapshotId(snapshotId));
            errorCode(() -> ec2.describeSnapshots(r -> r.snapshotIds(snapshotId)), "InvalidSnapshot.NotFound");
            ec2.deleteVolume(r -> r.volumeId(volumeId));
            ec2.waiter().waitUntilVolumeDeleted(r -> r.volumeIds(volumeId), QUICK);
            errorCode(() -> ec2.describeVolumes(r -> r.volumeIds(volumeId)), "InvalidVolume.NotFound");
        }
    }

    @Test
    void commonMistakesGetEc2sErrors() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            String zone = zone(ec2);
            assertThat(errorCode(() -> ec2.createVolume(r -> r.availabilityZone(zone)), "MissingParameter"))
                    .isEqualTo("The request must contain the parameter size/snapshot");
            errorCode(() -> ec2.createVolume(r -> r.availabilityZone(zone).size(10).volumeType(VolumeType.IO1)),
                    "InvalidParameterCombination");
            errorCode(() -> ec2.createVolume(r -> r.availabilityZone(zone).size(1).dryRun(true)), "DryRunOperation");
            String volumeId = ec2.createVolume(r -> r.availabilityZone(zone).size(1)).volumeId();
            String elsewhere = ec2.createVolume(r -> r.availabilityZone(otherZone(ec2, zone)).size(1)).volumeId();
            ec2.waiter().waitUntilVolumeAvailable(r -> r.volumeIds(volumeId, elsewhere), QUICK);
            String instanceId = runningInstance(ec2, zone);
            errorCode(() -> ec2.attachVolume(r -> r.volumeId(volumeId).instanceId(instanceId).device("sdf")),
                    "InvalidParameterValue");
            errorCode(() -> ec2.attachVolume(r -> r.volumeId(elsewhere).instanceId(instanceId).device("/dev/sdf")),
                    "InvalidVolume.ZoneMismatch");
            errorCode(() -> ec2.detachVolume(r -> r.volumeId(volumeId)), "IncorrectState");

            try (Ec2Client theirs = SdkClients.ec2(gateway, stranger)) {
                errorCode(() -> theirs.describeVolumes(r -> r.volumeIds(volumeId)), "InvalidVolume.NotFound");
                errorCode(() -> theirs.deleteVolume(r -> r.volumeId(volumeId)), "InvalidVolume.NotFound");
                errorCode(() -> theirs.createSnapshot(r -> r.volumeId(volumeId)), "InvalidVolume.NotFound");
                assertThat(theirs.describeVolumes().volumes()).isEmpty();
            }
        }
    }

    @Test
    void publicImagesRootSnapshotsAreListedAndRestoreVolumes() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            var image = ec2.describeImages(r -> r.owners("amazon").filters(filter("architecture", "x86_64")))
                    .images().getFirst();
            String rootSnapshot = image.blockDeviceMappings().getFirst().ebs().snapshotId();
            var snapshot = ec2.describeSnapshots(r -> r.ownerIds("amazon")).snapshots().stream()
                    .filter(candidate -> candidate.snapshotId().equals(rootSnapshot)).findFirst().orElseThrow();
            assertThat(snapshot.ownerAlias()).isEqualTo("amazon");
            assertThat(snapshot.state()).isEqualTo(SnapshotState.COMPLETED);
            String zone = zone(ec2);
            var volume = ec2.createVolume(r -> r.availabilityZone(zone).snapshotId(rootSnapshot));
            assertThat(volume.snapshotId()).isEqualTo(rootSnapshot);
            assertThat(volume.size()).isEqualTo(snapshot.volumeSize());
            ec2.deleteVolume(r -> r.volumeId(volume.volumeId()));
        }
    }

    private static String zone(Ec2Client ec2) {
        return ec2.describeAvailabilityZones().availabilityZones().getFirst().zoneName();
    }

    private static String otherZone(Ec2Client ec2, String zone) {
        return ec2.describeAvailabilityZones().availabilityZones().stream().map(z -> z.zoneName())
                .filter(name -> !name.equals(zone)).findFirst().orElseThrow();
    }

    private static String runningInstance(Ec2Client ec2, String zone) {
        String image = ec2.describeImages(r -> r.owners("amazon").filters(filter("architecture", "x86_64")))
                .images().getFirst().imageId();
        String instanceId = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1)
                .maxCount(1).placement(p -> p.availabilityZone(zone))).instances().getFirst().instanceId();
        ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instanceId), QUICK);
        return instanceId;
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    /** Asserts an AWS error of that code with a 4xx status; returns its message. */
    private static String errorCode(ThrowingCallable call, String code) {
        String[] message = new String[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isBetween(400, 499);
            message[0] = e.awsErrorDetails().errorMessage();
        });
        return message[0];
    }
}
