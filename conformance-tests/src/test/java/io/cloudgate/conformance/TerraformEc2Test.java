package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * Terraform with hashicorp/aws 5.100.0 on its default settings applies, re-plans, updates in place and destroys
 * one stack holding the compute resources a tenant starts with (resources/terraform/compute/main.tf).
 */
class TerraformEc2Test {
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CHANGE_TIMEOUT = Duration.ofMinutes(4);
    private static final String[] UPDATED = {"-var", "rich_instance_type=t3.small", "-var", "rich_stage=green"};

    private static RunningGateway gateway;
    private static Credentials tenant;
    private static Terraform terraform;

    @BeforeAll
    static void prepare() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("terraform-compute");
        terraform = Terraform.forStack(gateway, tenant, "compute", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void applyReplanUpdateInPlaceAndDestroyComputeResources() throws Exception {
        terraform.run(INIT_TIMEOUT, "init", "-input=false").requireSuccess();
        change("apply");
        JsonNode outputs = outputs();
        String richId = output(outputs, "rich_instance_id");

        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            assertDataSources(outputs);
            assertRichInstance(ec2, outputs);
            assertPlainInstanceWithAddressVolumeAndImage(ec2, outputs);
            assertLaunchTemplate(ec2, outputs);
            assertNoChanges();

            change("apply", UPDATED);
            Instance updated = instance(ec2, richId);
            assertThat(updated.instanceType()).isEqualTo(InstanceType.T3_SMALL);
            assertThat(updated.state().name()).isEqualTo(InstanceStateName.RUNNING);
            assertThat(updated.tags()).contains(tag("Stage", "green"), tag("Name", "tf-rich"))
                    .doesNotContain(tag("Stage", "blue"));
            assertThat(output(outputs(), "rich_instance_id")).as("updated in place, not replaced").isEqualTo(richId);
            assertNoChanges(UPDATED);

            change("destroy", UPDATED);
            assertEverythingIsGone(ec2, outputs);
        }
    }

    private static void assertDataSources(JsonNode outputs) {
        assertThat(outputs.path("zone_names").path("value")).extracting(JsonNode::asText)
                .containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(output(outputs, "default_vpc_id")).startsWith("vpc-");
        assertThat(outputs.path("default_subnet_ids").path("value")).singleElement()
                .satisfies(subnet -> assertThat(subnet.asText()).startsWith("subnet-"));
        assertThat(output(outputs, "ami_name")).startsWith("al2023-ami-2023.").endsWith("-x86_64");
        assertThat(output(outputs, "key_pair_id")).startsWith("key-");
    }

    private static void assertRichInstance(Ec2Client ec2, JsonNode outputs) {
        String id = output(outputs, "rich_instance_id");
        Instance rich = instance(ec2, id);
        assertThat(rich.state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(rich.instanceType()).isEqualTo(InstanceType.T3_MICRO);
        assertThat(rich.imageId()).isEqualTo(output(outputs, "ami_id"));
        assertThat(rich.keyName()).isEqualTo("tf-deployer");
        assertThat(rich.subnetId()).isEqualTo(outputs.path("default_subnet_ids").path("value").get(0).asText());
        assertThat(rich.securityGroups()).singleElement()
                .satisfies(group -> assertThat(group.groupId()).isEqualTo(output(outputs, "security_group_id")));
        assertThat(rich.monitoring().stateAsString()).isEqualTo("enabled");
        assertThat(rich.metadataOptions().httpTokensAsString()).isEqualTo("required");
        assertThat(rich.metadataOptions().httpPutResponseHopLimit()).isEqualTo(2);
        assertThat(rich.tags()).contains(tag("Name", "tf-rich"), tag("Stage", "blue"));
        assertThat(ec2.describeInstanceCreditSpecifications(r -> r.instanceIds(id)).instanceCreditSpecifications())
                .singleElement().satisfies(credits -> assertThat(credits.cpuCredits()).isEqualTo("unlimited"));
        String userData = ec2.describeInstanceAttribute(r -> r.instanceId(id)
                .attribute(InstanceAttributeName.USER_DATA)).userData().value();
        assertThat(new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8))
                .isEqualTo("#!/bin/bash\necho hello from terraform > /tmp/hello\n");

        List<Volume> volumes = ec2.describeVolumes(r -> r.filters(filter("attachment.instance-id", id))).volumes();
        assertThat(volumes).extracting(Volume::size).containsExactlyInAnyOrder(12, 5);
        assertThat(volumes).allSatisfy(volume -> {
            assertThat(volume.volumeTypeAsString()).isEqualTo("gp3");
            assertThat(volume.tags()).contains(tag("Stack", "compute"));
        });
        SecurityGroup group = ec2.describeSecurityGroups(r -> r.groupIds(output(outputs, "security_group_id")))
                .securityGroups().getFirst();
        assertThat(group.ipPermissions()).extracting(permission -> permission.fromPort())
                .containsExactlyInAnyOrder(80, 22);
    }

    private static void assertPlainInstanceWithAddressVolumeAndImage(Ec2Client ec2, JsonNode outputs) {
        String id = output(outputs, "plain_instance_id");
        Instance plain = instance(ec2, id);
        assertThat(plain.state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(plain.publicIpAddress()).isEqualTo(output(outputs, "eip_public_ip"));
        assertThat(ec2.describeAddresses(r -> r.allocationIds(output(outputs, "eip_allocation_id"))).addresses())
                .singleElement().satisfies(address -> {
                    assertThat(address.instanceId()).isEqualTo(id);
                    assertThat(address.associationId()).startsWith("eipassoc-");
                });
        assertThat(ec2.describeVolumes(r -> r.volumeIds(output(outputs, "data_volume_id"))).volumes())
                .singleElement().satisfies(volume -> {
                    assertThat(volume.stateAsString()).isEqualTo("in-use");
                    assertThat(volume.attachments()).singleElement().satisfies(attachment -> {
                        assertThat(attachment.instanceId()).isEqualTo(id);
                        assertThat(attachment.device()).isEqualTo("/dev/sdh");
                        assertThat(attachment.stateAsString()).isEqualTo("attached");
                    });
                });
        assertThat(ec2.describeImages(r -> r.imageIds(output(outputs, "image_id"))).images()).singleElement()
                .satisfies(image -> {
                    assertThat(image.name()).isEqualTo("tf-plain-image");
                    assertThat(image.stateAsString()).isEqualTo("available");
                    assertThat(image.ownerId()).isEqualTo(tenant.accountId());
                    assertThat(image.tags()).contains(tag("Source", "tf-plain"));
                });
    }

    private static void assertLaunchTemplate(Ec2Client ec2, JsonNode outputs) {
        String id = output(outputs, "launch_template_id");
        assertThat(ec2.describeLaunchTemplateVersions(r -> r.launchTemplateId(id).versions("$Latest"))
                .launchTemplateVersions()).singleElement().satisfies(version -> {
                    assertThat(version.launchTemplateName()).isEqualTo("tf-web");
                    assertThat(version.launchTemplateData().instanceType()).isEqualTo(InstanceType.T3_SMALL);
                    assertThat(version.launchTemplateData().keyName()).isEqualTo("tf-deployer");
                    assertThat(version.launchTemplateData().metadataOptions().httpTokensAsString())
                            .isEqualTo("required");
                });
    }

    private static void assertEverythingIsGone(Ec2Client ec2, JsonNode outputs) {
        List<String> instanceIds = List.of(output(outputs, "plain_instance_id"), output(outputs, "rich_instance_id"));
        // Terminated instances stay visible for a while, as on AWS.
        assertThat(ec2.describeInstances(r -> r.instanceIds(instanceIds)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream()))
                .extracting(instance -> instance.state().name()).containsOnly(InstanceStateName.TERMINATED);
        assertThat(ec2.describeKeyPairs().keyPairs()).isEmpty();
        assertThat(ec2.describeSecurityGroups().securityGroups()).extracting(SecurityGroup::groupName)
                .containsOnly("default");
        assertThat(ec2.describeAddresses().addresses()).isEmpty();
        assertThat(ec2.describeVolumes(r -> r.filters(filter("status", "creating", "available", "in-use")))
                .volumes()).isEmpty();
        assertThat(ec2.describeLaunchTemplates().launchTemplates()).isEmpty();
        assertThat(ec2.describeImages(r -> r.owners("self")).images()).isEmpty();
        assertThat(ec2.describeSnapshots(r -> r.ownerIds("self")).snapshots()).isEmpty();
    }

    /** Runs apply or destroy with the given -var arguments; it must succeed. */
    private static void change(String command, String... variables) {
        terraform.run(CHANGE_TIMEOUT, arguments(command, "-auto-approve", variables)).requireSuccess();
    }

    private static void assertNoChanges(String... variables) {
        ExternalTool.Outcome plan = terraform.run(CHANGE_TIMEOUT, arguments("plan", "-detailed-exitcode", variables));
        assertThat(plan.exitCode()).as("plan must show no changes: %s", plan.describe()).isZero();
    }

    private static String[] arguments(String command, String option, String[] variables) {
        return Stream.concat(Stream.of(command, option, "-input=false"), Stream.of(variables)).toArray(String[]::new);
    }

    private static JsonNode outputs() throws Exception {
        return new ObjectMapper().readTree(terraform.run(INIT_TIMEOUT, "output", "-json").requireSuccess().stdout());
    }

    private static Instance instance(Ec2Client ec2, String id) {
        return ec2.describeInstances(r -> r.instanceIds(id)).reservations().stream().map(Reservation::instances)
                .flatMap(List::stream).findFirst().orElseThrow();
    }

    private static String output(JsonNode outputs, String name) {
        return outputs.path(name).path("value").asText();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
