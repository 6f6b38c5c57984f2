package io.cloudgate.ec2.ops.images;

import static io.cloudgate.ec2.ops.images.ImageCalls.filter;
import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.Image;

/** DescribeImages over the cloud's public catalog. */
class DescribeImagesTest {
    private static final String AL2023 = "al2023-ami-2023.3.20240108.0-kernel-6.1-x86_64";

    private final Ec2Testbed bed = new Ec2Testbed();
    private final ImageCalls calls = new ImageCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void catalogImagesHaveTheShapeTerraformReads() {
        Image image = calls.images(bed.tenant(), request -> request.owners("amazon")
                .filters(filter("name", "al2023-ami-*"), filter("architecture", "x86_64"))).get(0);

        assertThat(image.imageId()).matches("ami-[0-9a-f]{17}");
        assertThat(image.name()).isEqualTo(AL2023);
        assertThat(image.ownerId()).isEqualTo("137112412989");
        assertThat(image.imageOwnerAlias()).isEqualTo("amazon");
        assertThat(image.imageLocation()).isEqualTo("amazon/" + AL2023);
        assertThat(image.stateAsString()).isEqualTo("available");
        assertThat(image.creationDate()).isEqualTo("2024-01-08T20:00:00.000Z");
        assertThat(image.publicLaunchPermissions()).isTrue();
        assertThat(image.imageTypeAsString()).isEqualTo("machine");
        assertThat(image.platformDetails()).isEqualTo("Linux/UNIX");
        assertThat(image.usageOperation()).isEqualTo("RunInstances");
        assertThat(image.platform()).isNull();
        assertThat(image.rootDeviceTypeAsString()).isEqualTo("ebs");
        assertThat(image.rootDeviceName()).isEqualTo("/dev/xvda");
        assertThat(image.virtualizationTypeAsString()).isEqualTo("hvm");
        assertThat(image.hypervisorAsString()).isEqualTo("xen");
        assertThat(image.enaSupport()).isTrue();
        assertThat(image.description()).startsWith("Amazon Linux 2023 AMI");
        assertThat(image.blockDeviceMappings()).singleElement().satisfies(device -> {
            assertThat(device.deviceName()).isEqualTo("/dev/xvda");
            EbsBlockDevice ebs = device.ebs();
            assertThat(ebs.snapshotId()).matches("snap-[0-9a-f]{17}");
            assertThat(ebs.volumeSize()).isEqualTo(8);
            assertThat(ebs.volumeTypeAsString()).isEqualTo("gp3");
            assertThat(ebs.deleteOnTermination()).isTrue();
            assertThat(ebs.encrypted()).isFalse();
        });
        assertThat(calls.images(bed.tenant(), request -> request.filters(filter("name", "amzn2-*"))).get(0)
                .blockDeviceMappings().get(0).ebs().volumeTypeAsString()).isEqualTo("gp2");
    }

    @Test
    void catalogIdsAreTheSameInEveryFreshGateway() {
        try (Ec2Testbed another = new Ec2Testbed()) {
            ImageCalls elsewhere = new ImageCalls(another);
            assertThat(ids(elsewhere.images(another.other(), request -> { })))
                    .isEqualTo(ids(calls.images(bed.tenant(), request -> { })));
        }
    }

    @Test
    void ownersSelectPublishers() {
        List<Image> all = calls.images(bed.tenant(), request -> { });
        List<Image> ubuntu = calls.images(bed.tenant(), request -> request.owners("099720109477"));

        assertThat(ubuntu).isNotEmpty().allMatch(image -> image.name().startsWith("ubuntu/")
                && image.imageOwnerAlias() == null);
        assertThat(calls.images(bed.tenant(), request -> request.owners("amazon")))
                .noneMatch(image -> image.name().startsWith("ubuntu/"));
        assertThat(calls.images(bed.tenant(), request -> request.owners("self"))).isEmpty();
        assertThat(calls.images(bed.tenant(), request -> request.owners("amazon", "099720109477", "136693071363")))
                .hasSameSizeAs(all);
        assertThat(calls.images(bed.tenant(), request -> request.executableUsers("all"))).hasSameSizeAs(all);
        assertThat(calls.images(bed.tenant(), request -> request.executableUsers("self"))).isEmpty();
        assertThat(errorCode(() -> calls.images(bed.tenant(), request -> request.owners("canonical")),
                "InvalidUserID.Malformed")).isEqualTo("User ID 'canonical' is invalid");
    }

    @Test
    void filtersAndTags() {
        String al2023 = calls.images(bed.tenant(), request -> request.filters(filter("name", AL2023))).get(0).imageId();
        bed.context.tags().put(Ec2Testbed.ACCOUNT, al2023, Map.of("Team", "web"));

        assertThat(calls.images(bed.tenant(), request -> request.filters(filter("architecture", "arm64"))))
                .isNotEmpty().allMatch(image -> image.architectureAsString().equals("arm64"));
        assertThat(calls.images(bed.tenant(), request -> request.filters(filter("tag:Team", "web"))))
                .extracting(Image::imageId).containsExactly(al2023);
        assertThat(calls.image(bed.tenant(), al2023).tags()).extracting(tag -> tag.key() + "=" + tag.value())
                .containsExactly("Team=web");
        assertThat(calls.image(bed.other(), al2023).tags()).isEmpty();
        assertThat(calls.images(bed.tenant(), request -> request.filters(filter("is-public", "false")))).isEmpty();
        assertThat(calls.images(bed.tenant(), request -> request.filters(filter("state", "available"),
                filter("root-device-type", "ebs"), filter("virtualization-type", "hvm"),
                filter("owner-alias", "amazon"), filter("image-id", al2023)))).hasSize(1);
        assertThat(calls.images(bed.tenant(), request -> request.filters(filter("platform", "windows")))).isEmpty();
        errorCode(() -> calls.images(bed.tenant(), request -> request.filters(filter("flavour", "x"))),
                "InvalidParameterValue");
    }

    @Test
    void imageIdsMustExistAndBeWellFormed() {
        String known = calls.images(bed.tenant(), request -> { }).get(0).imageId();

        assertThat(calls.images(bed.tenant(), request -> request.imageIds(known))).hasSize(1);
        assertThat(errorCode(() -> calls.images(bed.tenant(), request -> request.imageIds(known,
                "ami-0123456789abcdef0")), "InvalidAMIID.NotFound"))
                .isEqualTo("The image id '[ami-0123456789abcdef0]' does not exist");
        errorCode(() -> calls.images(bed.tenant(), request -> request.imageIds("ami-xyz")), "InvalidAMIID.Malformed");
        errorCode(() -> calls.images(bed.tenant(), request -> request.imageIds(known).maxResults(5)),
                "InvalidParameterCombination");
    }

    @Test
    void pagesCoverEveryImageOnce() {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            DescribeImagesResponse page = calls.describe(bed.tenant(), request -> request.maxResults(5).nextToken(next));
            seen.addAll(ids(page.images()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).doesNotHaveDuplicates().isSorted()
                .hasSameSizeAs(calls.images(bed.tenant(), request -> { }));
    }

    private static List<String> ids(List<Image> images) {
        return images.stream().map(Image::imageId).toList();
    }
}
