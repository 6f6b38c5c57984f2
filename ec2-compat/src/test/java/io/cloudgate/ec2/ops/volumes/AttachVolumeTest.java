package io.cloudgate.ec2.ops.volumes;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;
import software.amazon.awssdk.services.ec2.model.VolumeAttachmentState;
import software.amazon.awssdk.services.ec2.model.VolumeState;

class AttachVolumeTest {
    private static final String DEVICE = "/dev/sdf";

    private final Ec2Testbed bed = new Ec2Testbed();
    private final VolumeCalls calls = new VolumeCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void attachDetachAndDeleteFollowTheStatesAndErrorsOfEbs() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String volumeId = calls.create(bed.tenant(), r -> r.size(8)).volumeId();
        assertThat(errorCode(() -> calls.attach(bed.tenant(), volumeId, instanceId, DEVICE), "IncorrectState"))
                .isEqualTo(volumeId + " is not 'available'.");
        bed.clock.advance(Duration.ofSeconds(5));

        AttachVolumeResponse attached = calls.attach(bed.tenant(), volumeId, instanceId, DEVICE);
        assertThat(attached.state()).isEqualTo(VolumeAttachmentState.ATTACHING);
        assertThat(attached.instanceId()).isEqualTo(instanceId);
        assertThat(attached.device()).isEqualTo(DEVICE);
        assertThat(attached.deleteOnTermination()).isFalse();

        Volume inUse = calls.volume(bed.tenant(), volumeId);
        assertThat(inUse.state()).isEqualTo(VolumeState.IN_USE);
        VolumeAttachment attachment = inUse.attachments().getFirst();
        assertThat(attachment.instanceId()).isEqualTo(instanceId);
        assertThat(attachment.state()).isEqualTo(VolumeAttachmentState.ATTACHED);
        assertThat(attachment.device()).isEqualTo(DEVICE);
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("attachment.instance-id")
                .values(instanceId), f -> f.name("attachment.status").values("attached"))).volumes())
                .as("the data volume and the instance's root volume").hasSize(2).extracting(Volume::volumeId)
                .contains(volumeId);
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("attachment.instance-id")
                .values(instanceId), f -> f.name("attachment.device").values(DEVICE))).volumes())
                .extracting(Volume::volumeId).containsExactly(volumeId);

        assertThat(errorCode(() -> calls.delete(bed.tenant(), volumeId), "VolumeInUse"))
                .isEqualTo("Volume " + volumeId + " is currently attached to " + instanceId);
        errorCode(() -> calls.attach(bed.tenant(), volumeId, instanceId, "/dev/sdg"), "VolumeInUse");
        String otherInstance = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        errorCode(() -> calls.detach(bed.tenant(), r -> r.volumeId(volumeId).instanceId(otherInstance)),
                "InvalidAttachment.NotFound");
        errorCode(() -> calls.detach(bed.tenant(), r -> r.volumeId(volumeId).device("/dev/sdz")),
                "InvalidAttachment.NotFound");

        var detached = calls.detach(bed.tenant(), r -> r.volumeId(volumeId).instanceId(instanceId));
        assertThat(detached.state()).isEqualTo(VolumeAttachmentState.DETACHING);
        assertThat(calls.volume(bed.tenant(), volumeId).state()).isEqualTo(VolumeState.AVAILABLE);
        assertThat(errorCode(() -> calls.detach(bed.tenant(), r -> r.volumeId(volumeId)), "IncorrectState"))
                .isEqualTo("Volume '" + volumeId + "' is in the 'available' state.");

        calls.delete(bed.tenant(), volumeId);
        errorCode(() -> calls.volume(bed.tenant(), volumeId), "InvalidVolume.NotFound");
        errorCode(() -> calls.delete(bed.tenant(), volumeId), "InvalidVolume.NotFound");
    }

    @Test
    void attachChecksDeviceZoneAndInstance() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String volumeId = calls.availableVolume(bed.tenant(), 1);
        String elsewhere = calls.create(bed.tenant(), r -> r.size(1).availabilityZone("us-east-1b")).volumeId();
        bed.clock.advance(Duration.ofSeconds(5));

        errorCode(() -> calls.attach(bed.tenant(), elsewhere, instanceId, DEVICE), "InvalidVolume.ZoneMismatch");
        assertThat(errorCode(() -> calls.attach(bed.tenant(), volumeId, instanceId, "sdf"), "InvalidParameterValue"))
                .isEqualTo("Value (sdf) for parameter device is invalid. sdf is not a valid EBS device name.");
        errorCode(() -> calls.attach(bed.tenant(), volumeId, instanceId, null), "MissingParameter");
        errorCode(() -> calls.attach(bed.tenant(), volumeId, "i-0123456789abcdef0", DEVICE),
                "InvalidInstanceID.NotFound");
        errorCode(() -> calls.attach(bed.tenant(), "vol-0123456789abcdef0", instanceId, DEVICE),
                "InvalidVolume.NotFound");
        String rootDevice = bed.machine(Ec2Testbed.ACCOUNT, instanceId).rootDeviceName();
        errorCode(() -> calls.attach(bed.tenant(), volumeId, instanceId, rootDevice), "InvalidParameterValue");

        String second = calls.availableVolume(bed.tenant(), 1);
        calls.attach(bed.tenant(), volumeId, instanceId, DEVICE);
        assertThat(errorCode(() -> calls.attach(bed.tenant(), second, instanceId, DEVICE), "InvalidParameterValue"))
                .contains("Attachment point " + DEVICE + " is already in use");
    }

    @Test
    void anotherAccountCannotAttachOrDetachWhatIsNotItsOwn() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String volumeId = calls.availableVolume(bed.tenant(), 1);
        String theirVolume = calls.availableVolume(bed.other(), 1);
        String theirInstance = bed.runningInstance(Ec2Testbed.OTHER_ACCOUNT, Ec2Testbed.ZONE);

        errorCode(() -> calls.attach(bed.other(), volumeId, theirInstance, DEVICE), "InvalidVolume.NotFound");
        errorCode(() -> calls.attach(bed.other(), theirVolume, instanceId, DEVICE), "InvalidInstanceID.NotFound");
        calls.attach(bed.tenant(), volumeId, instanceId, DEVICE);
        errorCode(() -> calls.detach(bed.other(), r -> r.volumeId(volumeId)), "InvalidVolume.NotFound");
        assertThat(calls.volume(bed.tenant(), volumeId).state()).isEqualTo(VolumeState.IN_USE);
    }

    @Test
    void dryRunLeavesTheVolumeAvailable() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String volumeId = calls.availableVolume(bed.tenant(), 1);
        errorCode(() -> new AttachVolume(bed.context).handle(software.amazon.awssdk.services.ec2.model
                .AttachVolumeRequest.builder().volumeId(volumeId).instanceId(instanceId).device(DEVICE).dryRun(true)
                .build(), bed.tenant()), "DryRunOperation");
        assertThat(calls.volume(bed.tenant(), volumeId).state()).isEqualTo(VolumeState.AVAILABLE);
    }
}
