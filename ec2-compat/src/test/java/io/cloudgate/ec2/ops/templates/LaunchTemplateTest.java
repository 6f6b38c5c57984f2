package io.cloudgate.ec2.ops.templates;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateErrorCode;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class LaunchTemplateTest {
    private static final RequestLaunchTemplateData WEB = RequestLaunchTemplateData.builder()
            .imageId("ami-0123456789abcdef0").instanceType("t3.micro").build();

    private final Ec2Testbed bed = new Ec2Testbed();
    private final TemplateCalls calls = new TemplateCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aNewTemplateHasVersionOneAsDefaultAndLatest() {
        LaunchTemplate created = calls.create(bed.tenant(), r -> r.launchTemplateName("web").launchTemplateData(WEB)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.LAUNCH_TEMPLATE)
                        .tags(Tag.builder().key("team").value("blue").build()).build()));
        assertThat(created.launchTemplateId()).matches("lt-[0-9a-f]{17}");
        assertThat(created.defaultVersionNumber()).isEqualTo(1L);
        assertThat(created.latestVersionNumber()).isEqualTo(1L);
        assertThat(created.createdBy()).isEqualTo("arn:aws:iam::" + Ec2Testbed.ACCOUNT + ":root");
        assertThat(created.createTime()).isEqualTo(bed.clock.instant());
        assertThat(created.tags()).containsExactly(Tag.builder().key("team").value("blue").build());
        calls.create(bed.tenant(), "batch", WEB);

        assertThat(calls.describe(bed.tenant(), r -> r.launchTemplateIds(created.launchTemplateId()))
                .launchTemplates()).containsExactly(created);
        assertThat(calls.describe(bed.tenant(), r -> r.launchTemplateNames("web")).launchTemplates())
                .containsExactly(created);
        assertThat(calls.describe(bed.tenant(), r -> { }).launchTemplates()).hasSize(2);
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("launch-template-name").values("w*")))
                .launchTemplates()).containsExactly(created);
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("tag:team").values("blue")))
                .launchTemplates()).containsExactly(created);
        var page = calls.describe(bed.tenant(), r -> r.maxResults(1));
        assertThat(page.launchTemplates()).hasSize(1);
        assertThat(calls.describe(bed.tenant(), r -> r.maxResults(1).nextToken(page.nextToken())).launchTemplates())
                .hasSize(1).doesNotContainAnyElementsOf(page.launchTemplates());
    }

    @Test
    void namesAreUniqueAndCheckedAndUnknownTemplatesAreErrors() {
        calls.create(bed.tenant(), "web", WEB);
        assertThat(errorCode(() -> calls.create(bed.tenant(), "web", WEB),
                "InvalidLaunchTemplateName.AlreadyExistsException")).isEqualTo("Launch template name already in use.");
        errorCode(() -> calls.create(bed.tenant(), "a", WEB), "InvalidLaunchTemplateName.MalformedException");
        errorCode(() -> calls.create(bed.tenant(), "with space", WEB), "InvalidLaunchTemplateName.MalformedException");
        errorCode(() -> calls.create(bed.tenant(), "empty", null), "MissingParameter");
        errorCode(() -> calls.create(bed.tenant(), r -> r.launchTemplateName("dry").launchTemplateData(WEB)
                .dryRun(true)), "DryRunOperation");
        errorCode(() -> calls.describe(bed.tenant(), r -> r.launchTemplateNames("dry")),
                "InvalidLaunchTemplateName.NotFoundException");
        assertThat(errorCode(() -> calls.describe(bed.tenant(), r -> r.launchTemplateIds("lt-0123456789abcdef0")),
                "InvalidLaunchTemplateId.NotFound")).contains("lt-0123456789abcdef0");
        errorCode(() -> calls.describe(bed.tenant(), r -> r.launchTemplateIds("lt-1")),
                "InvalidLaunchTemplateId.Malformed");
    }

    @Test
    void aRetryWithTheSameClientTokenAnswersWithTheSameTemplate() {
        LaunchTemplate first = calls.create(bed.tenant(), r -> r.launchTemplateName("web").launchTemplateData(WEB)
                .clientToken("token-1"));
        LaunchTemplate retry = calls.create(bed.tenant(), r -> r.launchTemplateName("web").launchTemplateData(WEB)
                .clientToken("token-1"));
        assertThat(retry).isEqualTo(first);
        errorCode(() -> calls.create(bed.tenant(), r -> r.launchTemplateName("other").launchTemplateData(WEB)
                .clientToken("token-1")), "IdempotentParameterMismatch");
        errorCode(() -> calls.create(bed.tenant(), r -> r.launchTemplateName("web").launchTemplateData(WEB)
                .clientToken("token-2")), "InvalidLaunchTemplateName.AlreadyExistsException");
    }

    @Test
    void versionsInheritFromTheirSourceAndResolveLatestAndDefault() {
        LaunchTemplate template = calls.create(bed.tenant(), "web", WEB);
        String id = template.launchTemplateId();
        bed.clock.advance(Duration.ofMinutes(1));
        LaunchTemplateVersion second = calls.createVersion(bed.tenant(), r -> r.launchTemplateId(id)
                .sourceVersion("1").versionDescription("bigger")
                .launchTemplateData(RequestLaunchTemplateData.builder().instanceType("t3.large").build()));
        assertThat(second.versionNumber()).isEqualTo(2L);
        assertThat(second.defaultVersion()).isFalse();
        assertThat(second.launchTemplateData().imageId()).isEqualTo("ami-0123456789abcdef0");
        assertThat(second.launchTemplateData().instanceTypeAsString()).isEqualTo("t3.large");
        LaunchTemplateVersion third = calls.createVersion(bed.tenant(), r -> r.launchTemplateName("web")
                .launchTemplateData(RequestLaunchTemplateData.builder().keyName("ops").build()));
        assertThat(third.launchTemplateData().imageId()).as("no source version: nothing inherited").isNull();

        assertThat(calls.versions(bed.tenant(), r -> r.launchTemplateId(id).versions("$Latest"))
                .launchTemplateVersions()).extracting(LaunchTemplateVersion::versionNumber).containsExactly(3L);
        assertThat(calls.versions(bed.tenant(), r -> r.launchTemplateId(id).versions("$Default", "2"))
                .launchTemplateVersions()).extracting(LaunchTemplateVersion::versionNumber).containsExactly(1L, 2L);
        assertThat(calls.versions(bed.tenant(), r -> r.launchTemplateName("web").minVersion("2"))
                .launchTemplateVersions()).extracting(LaunchTemplateVersion::versionDescription)
                .containsExactly("bigger", null);
        assertThat(calls.versions(bed.tenant(), r -> r.launchTemplateId(id)
                .filters(f -> f.name("instance-type").values("t3.large"))).launchTemplateVersions())
                .extracting(LaunchTemplateVersion::versionNumber).containsExactly(2L);
        assertThat(errorCode(() -> calls.versions(bed.tenant(), r -> r.launchTemplateId(id).versions("9")),
                "InvalidLaunchTemplateId.VersionNotFound"))
                .isEqualTo("Could not find the specified version 9 for the launch template with ID " + id + ".");

        LaunchTemplate modified = calls.modify(bed.tenant(), r -> r.launchTemplateId(id).defaultVersion("2"));
        assertThat(modified.defaultVersionNumber()).isEqualTo(2L);
        assertThat(modified.latestVersionNumber()).isEqualTo(3L);
        assertThat(calls.versions(bed.tenant(), r -> r.versions("$Default")).launchTemplateVersions())
                .singleElement().satisfies(version -> {
                    assertThat(version.versionNumber()).isEqualTo(2L);
                    assertThat(version.defaultVersion()).isTrue();
                });
        errorCode(() -> calls.modify(bed.tenant(), r -> r.launchTemplateId(id).defaultVersion("7")),
                "InvalidLaunchTemplateId.VersionNotFound");
        errorCode(() -> calls.versions(bed.tenant(), r -> r.versions("1")), "InvalidParameterCombination");
    }

    @Test
    void deletingVersionsReportsEachOutcomeAndNeverReusesNumbers() {
        String id = calls.create(bed.tenant(), "web", WEB).launchTemplateId();
        calls.createVersion(bed.tenant(), r -> r.launchTemplateId(id).launchTemplateData(WEB));
        calls.createVersion(bed.tenant(), r -> r.launchTemplateId(id).launchTemplateData(WEB));

        var result = calls.deleteVersions(bed.tenant(), r -> r.launchTemplateId(id).versions("1", "3", "8"));
        assertThat(result.successfullyDeletedLaunchTemplateVersions()).singleElement()
                .satisfies(item -> assertThat(item.versionNumber()).isEqualTo(3L));
        assertThat(result.unsuccessfullyDeletedLaunchTemplateVersions()).hasSize(2).satisfiesExactly(
                item -> assertThat(item.responseError().code()).isEqualTo(LaunchTemplateErrorCode.UNEXPECTED_ERROR),
                item -> assertThat(item.responseError().code())
                        .isEqualTo(LaunchTemplateErrorCode.LAUNCH_TEMPLATE_VERSION_DOES_NOT_EXIST));
        assertThat(calls.describe(bed.tenant(), r -> r.launchTemplateIds(id)).launchTemplates().getFirst()
                .latestVersionNumber()).isEqualTo(2L);
        assertThat(calls.createVersion(bed.tenant(), r -> r.launchTemplateId(id).launchTemplateData(WEB))
                .versionNumber()).isEqualTo(4L);
    }

    @Test
    void deletingATemplateRemovesItsVersionsTagsAndName() {
        String id = calls.create(bed.tenant(), r -> r.launchTemplateName("web").launchTemplateData(WEB)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.LAUNCH_TEMPLATE)
                        .tags(Tag.builder().key("team").value("blue").build()).build())).launchTemplateId();
        LaunchTemplate deleted = calls.delete(bed.tenant(), r -> r.launchTemplateName("web"));
        assertThat(deleted.launchTemplateId()).isEqualTo(id);
        errorCode(() -> calls.describe(bed.tenant(), r -> r.launchTemplateIds(id)), "InvalidLaunchTemplateId.NotFound");
        errorCode(() -> calls.versions(bed.tenant(), r -> r.launchTemplateId(id)), "InvalidLaunchTemplateId.NotFound");
        assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, id)).isEmpty();
        assertThat(calls.store.versions(Ec2Testbed.ACCOUNT, id)).isEmpty();
        assertThat(calls.create(bed.tenant(), "web", WEB).launchTemplateId()).isNotEqualTo(id);
    }

    @Test
    void anotherAccountNeitherSeesNorTouchesTheTemplate() {
        String id = calls.create(bed.tenant(), "web", WEB).launchTemplateId();
        errorCode(() -> calls.describe(bed.other(), r -> r.launchTemplateIds(id)), "InvalidLaunchTemplateId.NotFound");
        errorCode(() -> calls.describe(bed.other(), r -> r.launchTemplateNames("web")),
                "InvalidLaunchTemplateName.NotFoundException");
        errorCode(() -> calls.delete(bed.other(), r -> r.launchTemplateId(id)), "InvalidLaunchTemplateId.NotFound");
        errorCode(() -> calls.createVersion(bed.other(), r -> r.launchTemplateId(id).launchTemplateData(WEB)),
                "InvalidLaunchTemplateId.NotFound");
        assertThat(calls.describe(bed.other(), r -> { }).launchTemplates()).isEmpty();
        assertThat(calls.create(bed.other(), "web", WEB).launchTemplateId()).isNotEqualTo(id);
        assertThat(calls.describe(bed.tenant(), r -> r.launchTemplateIds(id)).launchTemplates()).hasSize(1);
    }
}
