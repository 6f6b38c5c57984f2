package io.cloudgate.ec2.ops.templates;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.ShutdownBehavior;

class TemplateDataTest {
    /** Every field people put in templates, nested lists and structures included. */
    static final RequestLaunchTemplateData RICH = RequestLaunchTemplateData.builder()
            .imageId("ami-0123456789abcdef0")
            .instanceType("t3.small")
            .keyName("ops")
            .securityGroupIds("sg-0123456789abcdef0", "sg-0123456789abcdef1")
            .securityGroups("default")
            .userData("IyEvYmluL3NoCmVjaG8gaGk=")
            .blockDeviceMappings(mapping -> mapping.deviceName("/dev/xvda").ebs(ebs -> ebs.volumeSize(20)
                    .volumeType("gp3").iops(3000).throughput(125).deleteOnTermination(true).encrypted(false)),
                    mapping -> mapping.deviceName("/dev/sdb").virtualName("ephemeral0"))
            .networkInterfaces(nic -> nic.deviceIndex(0).associatePublicIpAddress(true)
                    .subnetId("subnet-0123456789abcdef0").groups("sg-0123456789abcdef0").deleteOnTermination(true))
            .tagSpecifications(spec -> spec.resourceType("instance").tags(tag -> tag.key("Name").value("web")),
                    spec -> spec.resourceType("volume").tags(tag -> tag.key("disk").value("root")))
            .metadataOptions(options -> options.httpTokens("required").httpPutResponseHopLimit(2)
                    .httpEndpoint("enabled").instanceMetadataTags("enabled"))
            .monitoring(monitoring -> monitoring.enabled(true))
            .placement(placement -> placement.availabilityZone("us-east-1a").tenancy("default"))
            .iamInstanceProfile(profile -> profile.name("web-role"))
            .creditSpecification(credits -> credits.cpuCredits("unlimited"))
            .disableApiTermination(true)
            .instanceInitiatedShutdownBehavior(ShutdownBehavior.TERMINATE)
            .ebsOptimized(true)
            .instanceMarketOptions(market -> market.marketType("spot")
                    .spotOptions(spot -> spot.maxPrice("0.05").validUntil(Instant.parse("2030-01-01T00:00:00Z"))))
            .build();

    private final Ec2Testbed bed = new Ec2Testbed();
    private final TemplateCalls calls = new TemplateCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theResponseDataMirrorsTheRequestDataMemberByMember() {
        String id = calls.create(bed.tenant(), "rich", RICH).launchTemplateId();
        ResponseLaunchTemplateData data = calls.versions(bed.tenant(), r -> r.launchTemplateId(id))
                .launchTemplateVersions().getFirst().launchTemplateData();

        assertThat(TemplateData.toTree(TemplateShapes.RESPONSE_DATA, data))
                .isEqualTo(TemplateData.toTree(TemplateShapes.REQUEST_DATA, RICH));
        assertThat(data.imageId()).isEqualTo("ami-0123456789abcdef0");
        assertThat(data.securityGroupIds()).containsExactly("sg-0123456789abcdef0", "sg-0123456789abcdef1");
        assertThat(data.blockDeviceMappings().getFirst().ebs().volumeSize()).isEqualTo(20);
        assertThat(data.blockDeviceMappings().get(1).virtualName()).isEqualTo("ephemeral0");
        assertThat(data.networkInterfaces().getFirst().groups()).containsExactly("sg-0123456789abcdef0");
        assertThat(data.tagSpecifications()).hasSize(2);
        assertThat(data.metadataOptions().httpTokensAsString()).isEqualTo("required");
        assertThat(data.metadataOptions().httpPutResponseHopLimit()).isEqualTo(2);
        assertThat(data.monitoring().enabled()).isTrue();
        assertThat(data.iamInstanceProfile().name()).isEqualTo("web-role");
        assertThat(data.creditSpecification().cpuCredits()).isEqualTo("unlimited");
        assertThat(data.disableApiTermination()).isTrue();
        assertThat(data.instanceInitiatedShutdownBehavior()).isEqualTo(ShutdownBehavior.TERMINATE);
        assertThat(data.instanceMarketOptions().spotOptions().validUntil())
                .isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void runInstancesTakesWhatItLeavesUnsetFromTheTemplate() {
        String id = calls.create(bed.tenant(), "rich", RICH).launchTemplateId();
        calls.createVersion(bed.tenant(), r -> r.launchTemplateName("rich").sourceVersion("1")
                .launchTemplateData(RequestLaunchTemplateData.builder().instanceType("t3.large").build()));
        LaunchTemplates.Resolved resolved = LaunchTemplates.resolveVersion(bed.context, Ec2Testbed.ACCOUNT,
                LaunchTemplateSpecification.builder().launchTemplateName("rich").version("$Latest").build());
        assertThat(resolved.templateId()).isEqualTo(id);
        assertThat(resolved.versionNumber()).isEqualTo(2L);
        RequestLaunchTemplateData latest = resolved.data();
        assertThat(latest.instanceTypeAsString()).isEqualTo("t3.large");
        RequestLaunchTemplateData byDefault = LaunchTemplates.resolve(bed.context, Ec2Testbed.ACCOUNT,
                LaunchTemplateSpecification.builder().launchTemplateName("rich").build());
        assertThat(byDefault).isEqualTo(RICH);

        RunInstancesRequest request = RunInstancesRequest.builder().minCount(1).maxCount(2)
                .imageId("ami-00000000000000000").clientToken("token-1").build();
        RunInstancesRequest applied = LaunchTemplates.applyTo(request, latest);
        assertThat(applied.imageId()).isEqualTo("ami-00000000000000000");
        assertThat(applied.minCount()).isEqualTo(1);
        assertThat(applied.maxCount()).isEqualTo(2);
        assertThat(applied.clientToken()).isEqualTo("token-1");
        assertThat(applied.instanceTypeAsString()).isEqualTo("t3.large");
        assertThat(applied.keyName()).isEqualTo("ops");
        assertThat(applied.securityGroupIds()).containsExactly("sg-0123456789abcdef0", "sg-0123456789abcdef1");
        assertThat(applied.blockDeviceMappings().getFirst().ebs().volumeSize()).isEqualTo(20);
        assertThat(applied.tagSpecifications()).hasSize(2);
        assertThat(applied.metadataOptions().httpTokensAsString()).isEqualTo("required");
        assertThat(applied.monitoring().enabled()).isTrue();
        assertThat(applied.userData()).isEqualTo("IyEvYmluL3NoCmVjaG8gaGk=");
    }

    @Test
    void resolvingAnUnknownTemplateOrVersionFailsAsRunInstancesWould() {
        calls.create(bed.tenant(), "rich", RICH);
        errorCode(() -> LaunchTemplates.resolve(bed.context, Ec2Testbed.OTHER_ACCOUNT,
                LaunchTemplateSpecification.builder().launchTemplateName("rich").build()),
                "InvalidLaunchTemplateName.NotFoundException");
        errorCode(() -> LaunchTemplates.resolve(bed.context, Ec2Testbed.ACCOUNT,
                LaunchTemplateSpecification.builder().launchTemplateName("rich").version("5").build()),
                "InvalidLaunchTemplateId.VersionNotFound");
        errorCode(() -> LaunchTemplates.resolve(bed.context, Ec2Testbed.ACCOUNT,
                LaunchTemplateSpecification.builder().launchTemplateId("lt-0123456789abcdef0").build()),
                "InvalidLaunchTemplateId.NotFound");
        errorCode(() -> LaunchTemplates.resolve(bed.context, Ec2Testbed.ACCOUNT,
                LaunchTemplateSpecification.builder().build()), "MissingParameter");
    }
}
