package io.cloudgate.ec2.ops.volumes;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeRequest;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttributeName;
import software.amazon.awssdk.services.ec2.model.VolumeModification;
import software.amazon.awssdk.services.ec2.model.VolumeModificationState;
import software.amazon.awssdk.services.ec2.model.VolumeStatusInfoStatus;
import software.amazon.awssdk.services.ec2.model.VolumeType;

class ModifyVolumeTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final VolumeCalls calls = new VolumeCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    private VolumeModification modify(String volumeId, java.util.function.Consumer<ModifyVolumeRequest.Builder> how) {
        ModifyVolumeRequest.Builder builder = ModifyVolumeRequest.builder().volumeId(volumeId);
        how.accept(builder);
        return new ModifyVolume(bed.context, calls.records).handle(builder.build(), bed.tenant()).volumeModification();
    }

    private java.util.List<VolumeModification> modifications(String... volumeIds) {
        return new DescribeVolumesModifications(bed.context, calls.records).handle(
                DescribeVolumesModificationsRequest.builder().volumeIds(volumeIds).build(), bed.tenant())
                .volumesModifications();
    }

    @Test
    void growingAndChangingTypeIsReportedAsACompletedModification() {
        String volumeId = calls.availableVolume(bed.tenant(), 10);
        VolumeModification started = modify(volumeId, r -> r.size(20).volumeType(VolumeType.GP3));
        assertThat(started.modificationState()).isEqualTo(VolumeModificationState.MODIFYING);
        assertThat(started.originalSize()).isEqualTo(10);
        assertThat(started.originalVolumeType()).isEqualTo(VolumeType.GP2);
        assertThat(started.originalIops()).isEqualTo(100);
        assertThat(started.targetSize()).isEqualTo(20);
        assertThat(started.targetIops()).isEqualTo(3000);
        assertThat(started.targetThroughput()).isEqualTo(125);

        Volume modified = calls.volume(bed.tenant(), volumeId);
        assertThat(modified.size()).isEqualTo(20);
        assertThat(modified.volumeType()).isEqualTo(VolumeType.GP3);
        assertThat(modified.iops()).isEqualTo(3000);
        assertThat(modified.throughput()).isEqualTo(125);

        VolumeModification done = modifications(volumeId).getFirst();
        assertThat(done.modificationState()).isEqualTo(VolumeModificationState.COMPLETED);
        assertThat(done.progress()).isEqualTo(100L);
        assertThat(done.targetVolumeType()).isEqualTo(VolumeType.GP3);

        modify(volumeId, r -> r.throughput(500).iops(4000));
        Volume faster = calls.volume(bed.tenant(), volumeId);
        assertThat(faster.throughput()).isEqualTo(500);
        assertThat(faster.iops()).isEqualTo(4000);
        assertThat(faster.size()).isEqualTo(20);
    }

    @Test
    void shrinkingAndInvalidTargetsAreRefused() {
        String volumeId = calls.availableVolume(bed.tenant(), 10);
        assertThat(errorCode(() -> modify(volumeId, r -> r.size(5)), "InvalidParameterValue"))
                .isEqualTo("New size cannot be smaller than existing size");
        errorCode(() -> modify(volumeId, r -> r.volumeType(VolumeType.IO1)), "InvalidParameterCombination");
        errorCode(() -> modify(volumeId, r -> { }), "InvalidParameterCombination");
        errorCode(() -> modify(volumeId, r -> r.size(20).dryRun(true)), "DryRunOperation");
        assertThat(calls.volume(bed.tenant(), volumeId).size()).isEqualTo(10);
        errorCode(() -> modifications(volumeId), "InvalidVolumeModification.NotFound");
        errorCode(() -> new ModifyVolume(bed.context, calls.records).handle(ModifyVolumeRequest.builder()
                .volumeId(volumeId).size(30).build(), bed.other()), "InvalidVolume.NotFound");
    }

    @Test
    void statusIsOkAndAttributesHaveTheirDefaults() {
        String volumeId = calls.availableVolume(bed.tenant(), 10);
        var statuses = new DescribeVolumeStatus(bed.context).handle(DescribeVolumeStatusRequest.builder()
                .volumeIds(volumeId).build(), bed.tenant()).volumeStatuses();
        assertThat(statuses).singleElement().satisfies(item -> {
            assertThat(item.volumeStatus().status()).isEqualTo(VolumeStatusInfoStatus.OK);
            assertThat(item.availabilityZone()).isEqualTo(Ec2Testbed.ZONE);
        });
        var attribute = new DescribeVolumeAttribute(bed.context).handle(DescribeVolumeAttributeRequest.builder()
                .volumeId(volumeId).attribute(VolumeAttributeName.AUTO_ENABLE_IO).build(), bed.tenant());
        assertThat(attribute.autoEnableIO()).isEqualTo(AttributeBooleanValue.builder().value(false).build());
        assertThat(attribute.hasProductCodes()).isFalse();
        errorCode(() -> new DescribeVolumeAttribute(bed.context).handle(DescribeVolumeAttributeRequest.builder()
                .volumeId(volumeId).attribute("colour").build(), bed.tenant()), "InvalidParameterValue");
    }
}
