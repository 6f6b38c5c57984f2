package io.cloudgate.ec2.ops.images;

import static io.cloudgate.ec2.ops.images.ImageCalls.filter;
import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Image;

/** CreateImage, RegisterImage, CopyImage and DeregisterImage. */
class ImageLifecycleTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final ImageCalls calls = new ImageCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void imageFromAnInstanceIsPendingThenAvailable() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);

        String imageId = calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("web-v1")
                .description("web server").noReboot(true)
                .tagSpecifications(spec -> spec.resourceType("image").tags(tag -> tag.key("Role").value("web"))));

        Image pending = calls.image(bed.tenant(), imageId);
        assertThat(pending.stateAsString()).isEqualTo("pending");
        assertThat(pending.ownerId()).isEqualTo(Ec2Testbed.ACCOUNT);
        assertThat(pending.imageOwnerAlias()).isNull();
        assertThat(pending.publicLaunchPermissions()).isFalse();
        assertThat(pending.imageLocation()).isEqualTo(Ec2Testbed.ACCOUNT + "/web-v1");
        assertThat(pending.sourceInstanceId()).isEqualTo(instanceId);
        assertThat(pending.description()).isEqualTo("web server");
        assertThat(pending.tags()).extracting(tag -> tag.key() + "=" + tag.value()).containsExactly("Role=web");
        assertThat(pending.blockDeviceMappings().get(0).ebs().snapshotId()).startsWith("snap-");
        bed.clock.advance(Duration.ofMinutes(5));
        assertThat(calls.image(bed.tenant(), imageId).stateAsString()).isEqualTo("available");
        assertThat(calls.images(bed.tenant(), request -> request.owners("self"))).extracting(Image::imageId)
                .containsExactly(imageId);
        assertThat(calls.images(bed.tenant(), request -> request.executableUsers("self"))).extracting(Image::imageId)
                .containsExactly(imageId);
    }

    @Test
    void theRootSnapshotIsTheCloudsSoItCanBeDeletedAfterDeregistering() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String imageId = calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("managed")
                .tagSpecifications(spec -> spec.resourceType("snapshot").tags(tag -> tag.key("Of").value("managed"))));
        bed.clock.advance(Duration.ofMinutes(5));

        String snapshotId = calls.image(bed.tenant(), imageId).blockDeviceMappings().get(0).ebs().snapshotId();
        String backendId = bed.context.ids().requireBackend(ResourceKind.SNAPSHOT, snapshotId);
        assertThat(bed.context.compute().volumes().findSnapshot(Ec2Testbed.ACCOUNT, backendId)).isPresent();
        assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, snapshotId)).containsEntry("Of", "managed");

        calls.deregister(bed.tenant(), imageId);
        bed.context.compute().volumes().deleteSnapshot(Ec2Testbed.ACCOUNT, backendId);
        assertThat(bed.context.compute().volumes().findSnapshot(Ec2Testbed.ACCOUNT, backendId)).isEmpty();
    }

    @Test
    void createImageChecksNameInstanceAndOwnership() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String first = calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("golden"));

        assertThat(errorCode(() -> calls.create(bed.tenant(), request -> request.instanceId(instanceId)
                .name("golden")), "InvalidAMIName.Duplicate")).isEqualTo("AMI name golden is already in use by AMI "
                + first);
        errorCode(() -> calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("x")),
                "InvalidAMIName.Malformed");
        errorCode(() -> calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("bad|name")),
                "InvalidAMIName.Malformed");
        errorCode(() -> calls.create(bed.tenant(), request -> request.instanceId(instanceId)), "MissingParameter");
        errorCode(() -> calls.create(bed.tenant(), request -> request.instanceId("i-nope").name("abc")),
                "InvalidInstanceID.Malformed");
        errorCode(() -> calls.create(bed.other(), request -> request.instanceId(instanceId).name("stolen")),
                "InvalidInstanceID.NotFound");
        errorCode(() -> calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("dry").dryRun(true)),
                "DryRunOperation");
        assertThat(calls.images(bed.tenant(), request -> request.owners("self"))).hasSize(1);
        String otherInstance = bed.runningInstance(Ec2Testbed.OTHER_ACCOUNT, Ec2Testbed.ZONE);
        assertThat(calls.create(bed.other(), request -> request.instanceId(otherInstance).name("golden")))
                .isNotEqualTo(first);
    }

    @Test
    void registeredImageKeepsItsSnapshotAndSettings() {
        String snapshotId = calls.completedSnapshot(Ec2Testbed.ACCOUNT, 12);

        String imageId = calls.register(bed.tenant(), request -> request.name("from-snapshot").architecture("arm64")
                .rootDeviceName("/dev/xvda").bootMode("uefi").imdsSupport("v2.0")
                .blockDeviceMappings(device -> device.deviceName("/dev/xvda")
                        .ebs(ebs -> ebs.snapshotId(snapshotId).volumeType("gp2"))));

        Image image = calls.image(bed.tenant(), imageId);
        assertThat(image.architectureAsString()).isEqualTo("arm64");
        assertThat(image.bootModeAsString()).isEqualTo("uefi");
        assertThat(image.imdsSupportAsString()).isEqualTo("v2.0");
        assertThat(image.blockDeviceMappings()).singleElement().satisfies(device -> {
            assertThat(device.ebs().snapshotId()).isEqualTo(snapshotId);
            assertThat(device.ebs().volumeSize()).isEqualTo(12);
            assertThat(device.ebs().volumeTypeAsString()).isEqualTo("gp2");
        });
        errorCode(() -> calls.register(bed.tenant(), request -> request.name("no-root").rootDeviceName("/dev/xvda")),
                "InvalidBlockDeviceMapping");
        errorCode(() -> calls.register(bed.other(), request -> request.name("others-snapshot")
                .blockDeviceMappings(device -> device.deviceName("/dev/xvda").ebs(ebs -> ebs.snapshotId(snapshotId)))),
                "InvalidSnapshot.NotFound");
    }

    @Test
    void copyIsIdempotentPerClientTokenAndCanCarryTags() {
        Image source = calls.images(bed.tenant(), request -> request.filters(filter("name", "debian-*"))).get(0);
        bed.context.tags().put(Ec2Testbed.ACCOUNT, source.imageId(), java.util.Map.of("Origin", "debian"));

        String copy = calls.copy(bed.tenant(), request -> request.sourceImageId(source.imageId()).name("my-debian")
                .clientToken("token-1").copyImageTags(true));
        String again = calls.copy(bed.tenant(), request -> request.sourceImageId(source.imageId()).name("my-debian")
                .clientToken("token-1"));

        assertThat(again).isEqualTo(copy);
        Image copied = calls.image(bed.tenant(), copy);
        assertThat(copied.ownerId()).isEqualTo(Ec2Testbed.ACCOUNT);
        assertThat(copied.sourceImageId()).isEqualTo(source.imageId());
        assertThat(copied.sourceImageRegion()).isEqualTo("us-east-1");
        assertThat(copied.tags()).extracting(tag -> tag.key() + "=" + tag.value()).containsExactly("Origin=debian");
        assertThat(errorCode(() -> calls.copy(bed.tenant(), request -> request.sourceImageId(source.imageId())
                .name("elsewhere").sourceRegion("eu-west-1")), "InvalidParameterValue"))
                .isEqualTo("Invalid region: [eu-west-1]");
        errorCode(() -> calls.copy(bed.other(), request -> request.sourceImageId(copy).name("not-mine")),
                "InvalidAMIID.NotFound");
    }

    @Test
    void deregisterRemovesOwnImagesOnly() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String imageId = calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("short-lived")
                .tagSpecifications(spec -> spec.resourceType("image").tags(tag -> tag.key("a").value("b"))));
        String catalogImage = calls.images(bed.tenant(), request -> request.owners("amazon")).get(0).imageId();

        errorCode(() -> calls.deregister(bed.other(), imageId), "InvalidAMIID.NotFound");
        assertThat(errorCode(() -> calls.deregister(bed.tenant(), catalogImage), "AuthFailure"))
                .isEqualTo("Not authorized for images: [" + catalogImage + "]");
        assertThat(calls.deregister(bed.tenant(), imageId).returnValue()).isTrue();

        errorCode(() -> calls.images(bed.tenant(), request -> request.imageIds(imageId)), "InvalidAMIID.NotFound");
        assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, imageId)).isEmpty();
        errorCode(() -> calls.deregister(bed.tenant(), imageId), "InvalidAMIID.NotFound");
    }
}
