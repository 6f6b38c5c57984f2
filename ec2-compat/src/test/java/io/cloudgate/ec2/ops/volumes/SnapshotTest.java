package io.cloudgate.ec2.ops.volumes;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.SnapshotState;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class SnapshotTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final VolumeCalls calls = new VolumeCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    private CreateSnapshotResponse snapshotOf(String volumeId) {
        return calls.snapshot(bed.tenant(), r -> r.volumeId(volumeId).description("nightly")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                        .tags(Tag.builder().key("Backup").value("yes").build()).build()));
    }

    @Test
    void aSnapshotGoesFromPendingToCompletedAndRestoresAVolume() {
        String volumeId = calls.create(bed.tenant(), r -> r.size(12).encrypted(true)).volumeId();
        bed.clock.advance(Duration.ofSeconds(5));
        CreateSnapshotResponse created = snapshotOf(volumeId);
        assertThat(created.snapshotId()).matches("snap-[0-9a-f]{17}");
        assertThat(created.state()).isEqualTo(SnapshotState.PENDING);
        assertThat(created.volumeId()).isEqualTo(volumeId);
        assertThat(created.volumeSize()).isEqualTo(12);
        assertThat(created.ownerId()).isEqualTo(Ec2Testbed.ACCOUNT);
        assertThat(created.description()).isEqualTo("nightly");
        assertThat(created.encrypted()).isTrue();
        assertThat(created.tags()).containsExactly(Tag.builder().key("Backup").value("yes").build());
        errorCode(() -> calls.create(bed.tenant(), r -> r.snapshotId(created.snapshotId())), "IncorrectState");

        bed.clock.advance(Duration.ofMinutes(5));
        Snapshot completed = calls.snapshots(bed.tenant(), r -> r.ownerIds("self")).snapshots().getFirst();
        assertThat(completed.state()).isEqualTo(SnapshotState.COMPLETED);
        assertThat(completed.progress()).isEqualTo("100%");
        assertThat(calls.snapshots(bed.tenant(), r -> r.ownerIds("amazon")).snapshots())
                .noneMatch(snapshot -> snapshot.snapshotId().equals(created.snapshotId()));
        assertThat(calls.snapshots(bed.tenant(), r -> r.filters(f -> f.name("volume-id").values(volumeId),
                f -> f.name("tag:Backup").values("yes"))).snapshots()).hasSize(1);

        var restored = calls.create(bed.tenant(), r -> r.snapshotId(created.snapshotId()));
        assertThat(restored.size()).isEqualTo(12);
        assertThat(restored.snapshotId()).isEqualTo(created.snapshotId());
        assertThat(restored.encrypted()).isTrue();
        errorCode(() -> calls.create(bed.tenant(), r -> r.snapshotId(created.snapshotId()).size(4)),
                "InvalidParameterValue");
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("snapshot-id")
                .values(created.snapshotId()))).volumes()).hasSize(1);

        calls.deleteSnapshot(bed.tenant(), created.snapshotId());
        assertThat(errorCode(() -> calls.snapshots(bed.tenant(), r -> r.snapshotIds(created.snapshotId())),
                "InvalidSnapshot.NotFound")).isEqualTo("The snapshot '" + created.snapshotId() + "' does not exist.");
    }

    @Test
    void anotherAccountSeesNoneOfTheSnapshots() {
        String volumeId = calls.availableVolume(bed.tenant(), 1);
        String snapshotId = snapshotOf(volumeId).snapshotId();
        errorCode(() -> calls.snapshots(bed.other(), r -> r.snapshotIds(snapshotId)), "InvalidSnapshot.NotFound");
        errorCode(() -> calls.deleteSnapshot(bed.other(), snapshotId), "InvalidSnapshot.NotFound");
        errorCode(() -> calls.create(bed.other(), r -> r.snapshotId(snapshotId)), "InvalidSnapshot.NotFound");
        errorCode(() -> calls.snapshot(bed.other(), r -> r.volumeId(volumeId)), "InvalidVolume.NotFound");
        assertThat(calls.snapshots(bed.other(), r -> { }).snapshots()).isEmpty();
        assertThat(calls.snapshots(bed.tenant(), r -> r.ownerIds(Ec2Testbed.OTHER_ACCOUNT)).snapshots()).isEmpty();
    }

    @Test
    void publicImagesRootSnapshotsAreListedUnderAmazonAndRestoreVolumes() {
        var image = bed.context.compute().images().visibleTo(Ec2Testbed.ACCOUNT).stream()
                .filter(candidate -> candidate.owner() == null).findFirst().orElseThrow();
        String rootId = bed.context.ids().toAws(ResourceKind.SNAPSHOT,
                bed.context.compute().images().rootSnapshotId(Ec2Testbed.ACCOUNT, image.id()).orElseThrow());

        var amazon = calls.snapshots(bed.tenant(), r -> r.ownerIds("amazon")).snapshots();
        assertThat(amazon).extracting(Snapshot::snapshotId).contains(rootId);
        assertThat(amazon).allSatisfy(snapshot -> {
            assertThat(snapshot.ownerAlias()).isEqualTo("amazon");
            assertThat(snapshot.ownerId()).isEqualTo("137112412989");
            assertThat(snapshot.state()).isEqualTo(SnapshotState.COMPLETED);
        });
        assertThat(calls.snapshots(bed.other(), r -> r.restorableByUserIds("all")).snapshots())
                .extracting(Snapshot::snapshotId).contains(rootId);
        assertThat(calls.snapshots(bed.tenant(), r -> r.ownerIds("self")).snapshots()).isEmpty();
        assertThat(calls.snapshots(bed.tenant(), r -> r.snapshotIds(rootId)).snapshots()).singleElement()
                .satisfies(snapshot -> assertThat(snapshot.volumeSize()).isEqualTo(image.sizeGib()));

        var restored = calls.create(bed.other(), r -> r.snapshotId(rootId).size(20));
        assertThat(restored.snapshotId()).isEqualTo(rootId);
        assertThat(restored.size()).isEqualTo(20);
        errorCode(() -> calls.deleteSnapshot(bed.tenant(), rootId), "InvalidSnapshot.NotFound");
    }

    @Test
    void aSnapshotAnImageWasRegisteredFromIsInUse() {
        String volumeId = calls.availableVolume(bed.tenant(), 8);
        String snapshotId = snapshotOf(volumeId).snapshotId();
        bed.clock.advance(Duration.ofMinutes(5));
        String backendSnapshot = bed.context.ids().requireBackend(ResourceKind.SNAPSHOT, snapshotId);
        var image = bed.context.compute().images().register(Ec2Testbed.ACCOUNT, "from-snapshot", null, "x86_64",
                "/dev/xvda", backendSnapshot);
        assertThat(errorCode(() -> calls.deleteSnapshot(bed.tenant(), snapshotId), "InvalidSnapshot.InUse"))
                .isEqualTo("The snapshot " + snapshotId + " is currently in use by "
                        + bed.context.ids().toAws(ResourceKind.IMAGE, image.id()));
    }

    @Test
    void createVolumePermissionsAreRecordedAndReported() {
        String snapshotId = snapshotOf(calls.availableVolume(bed.tenant(), 1)).snapshotId();
        new ModifySnapshotAttribute(bed.context, calls.records).handle(ModifySnapshotAttributeRequest.builder()
                .snapshotId(snapshotId).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType("add").userIds(Ec2Testbed.OTHER_ACCOUNT).build(), bed.tenant());
        var described = new DescribeSnapshotAttribute(bed.context, calls.records).handle(
                DescribeSnapshotAttributeRequest.builder().snapshotId(snapshotId)
                        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION).build(), bed.tenant());
        assertThat(described.createVolumePermissions()).containsExactly(CreateVolumePermission.builder()
                .userId(Ec2Testbed.OTHER_ACCOUNT).build());

        new ModifySnapshotAttribute(bed.context, calls.records).handle(ModifySnapshotAttributeRequest.builder()
                .snapshotId(snapshotId).createVolumePermission(p -> p.remove(CreateVolumePermission.builder()
                        .userId(Ec2Testbed.OTHER_ACCOUNT).build())).build(), bed.tenant());
        assertThat(new DescribeSnapshotAttribute(bed.context, calls.records).handle(
                DescribeSnapshotAttributeRequest.builder().snapshotId(snapshotId)
                        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION).build(), bed.tenant())
                .createVolumePermissions()).isEmpty();
        errorCode(() -> new ModifySnapshotAttribute(bed.context, calls.records).handle(
                ModifySnapshotAttributeRequest.builder().snapshotId(snapshotId).operationType("add")
                        .userIds("alice").build(), bed.tenant()), "InvalidUserID.Malformed");
    }
}
