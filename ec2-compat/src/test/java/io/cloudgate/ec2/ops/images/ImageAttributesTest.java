package io.cloudgate.ec2.ops.images;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;

/** DescribeImageAttribute and ModifyImageAttribute: descriptions and who may launch an image. */
class ImageAttributesTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final ImageCalls calls = new ImageCalls(bed);
    private String imageId;

    @BeforeEach
    void image() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        imageId = calls.create(bed.tenant(), request -> request.instanceId(instanceId).name("shared-image"));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void sharingWithAnAccountMakesTheImageVisibleToItAlone() {
        errorCode(() -> calls.images(bed.other(), request -> request.imageIds(imageId)), "InvalidAMIID.NotFound");

        calls.modify(bed.tenant(), request -> request.imageId(imageId)
                .launchPermission(permissions -> permissions.add(grant -> grant.userId(Ec2Testbed.OTHER_ACCOUNT))));

        assertThat(calls.attribute(bed.tenant(), imageId, "launchPermission").launchPermissions())
                .extracting(LaunchPermission::userId).containsExactly(Ec2Testbed.OTHER_ACCOUNT);
        assertThat(calls.images(bed.other(), request -> request.executableUsers("self"))).extracting(Image::imageId)
                .containsExactly(imageId);
        assertThat(calls.image(bed.other(), imageId).ownerId()).isEqualTo(Ec2Testbed.ACCOUNT);
        assertThat(calls.images(bed.tenant(), request -> request.executableUsers(Ec2Testbed.OTHER_ACCOUNT)))
                .extracting(Image::imageId).containsExactly(imageId);
        assertThat(errorCode(() -> calls.modify(bed.other(), request -> request.imageId(imageId)
                .description(value -> value.value("mine now"))), "AuthFailure"))
                .isEqualTo("Not authorized for images: [" + imageId + "]");
        errorCode(() -> calls.attribute(bed.other(), imageId, "launchPermission"), "AuthFailure");

        calls.modify(bed.tenant(), request -> request.imageId(imageId).attribute("launchPermission")
                .operationType("remove").userIds(Ec2Testbed.OTHER_ACCOUNT));
        errorCode(() -> calls.images(bed.other(), request -> request.imageIds(imageId)), "InvalidAMIID.NotFound");
    }

    @Test
    void groupAllMakesTheImagePublic() {
        calls.modify(bed.tenant(), request -> request.imageId(imageId).attribute("launchPermission")
                .operationType("add").userGroups("all"));

        assertThat(calls.image(bed.other(), imageId).publicLaunchPermissions()).isTrue();
        assertThat(calls.attribute(bed.tenant(), imageId, "launchPermission").launchPermissions())
                .extracting(LaunchPermission::groupAsString).containsExactly("all");

        calls.modify(bed.tenant(), request -> request.imageId(imageId)
                .launchPermission(permissions -> permissions.remove(grant -> grant.group("all"))));
        assertThat(calls.image(bed.tenant(), imageId).publicLaunchPermissions()).isFalse();
    }

    @Test
    void badGrantsAreRefusedWithEc2sWording() {
        assertThat(errorCode(() -> calls.modify(bed.tenant(), request -> request.imageId(imageId)
                .attribute("launchPermission").operationType("add").userIds("12345")), "InvalidAMIAttributeItemValue"))
                .isEqualTo("Invalid attribute item value \"12345\" for userId item type.");
        errorCode(() -> calls.modify(bed.tenant(), request -> request.imageId(imageId)
                .attribute("launchPermission").operationType("add").userGroups("everyone")),
                "InvalidAMIAttributeItemValue");
        errorCode(() -> calls.modify(bed.tenant(), request -> request.imageId(imageId).attribute("kernel")),
                "InvalidParameterValue");
        errorCode(() -> calls.modify(bed.tenant(), request -> request.imageId(imageId)), "MissingParameter");
        errorCode(() -> calls.modify(bed.tenant(), request -> request.imageId(imageId).attribute("launchPermission")
                .operationType("add").userGroups("all").dryRun(true)), "DryRunOperation");
        assertThat(calls.image(bed.tenant(), imageId).publicLaunchPermissions()).isFalse();
    }

    @Test
    void descriptionAndOtherAttributes() {
        calls.modify(bed.tenant(), request -> request.imageId(imageId).description(value -> value.value("v2")));

        assertThat(calls.attribute(bed.tenant(), imageId, "description").description().value()).isEqualTo("v2");
        assertThat(calls.image(bed.tenant(), imageId).description()).isEqualTo("v2");
        calls.modify(bed.tenant(), request -> request.imageId(imageId).attribute("description").value("v3"));
        assertThat(calls.image(bed.tenant(), imageId).description()).isEqualTo("v3");
        assertThat(calls.attribute(bed.tenant(), imageId, "blockDeviceMapping").blockDeviceMappings()).hasSize(1);
        assertThat(calls.attribute(bed.tenant(), imageId, "productCodes").productCodes()).isEqualTo(List.of());
        errorCode(() -> calls.attribute(bed.tenant(), imageId, "colour"), "InvalidParameterValue");
        String catalogImage = calls.images(bed.tenant(), request -> request.owners("amazon")).get(0).imageId();
        assertThat(calls.attribute(bed.other(), catalogImage, "description").description().value()).isNotBlank();
    }
}
