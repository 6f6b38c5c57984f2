package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VolumeType;

class RunInstancesTest {
    private static final String USER_DATA = "#!/bin/bash\necho hello > /tmp/hello\n";
    private static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGiVlnu7ZcCG0w5rgrvzX6dPpHvBQYN8vW/xQ7Jz4yDF deploy";

    private final Ec2Testbed bed = new Ec2Testbed();
    private final InstanceCalls calls = new InstanceCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void emptyAvailabilityZoneAsTerraformSendsItMeansAnyZone() {
        Instance launched = calls.run(bed.tenant(), request -> request.placement(p -> p.availabilityZone("")))
                .instances().getFirst();
        assertThat(launched.placement().availabilityZone()).startsWith("us-east-1");
        assertThat(errorCode(() -> calls.run(bed.tenant(), request -> request.placement(p -> p.availabilityZone(
                "mars-1a"))), "InvalidParameterValue")).isEqualTo("Invalid availability zone: [mars-1a]");
    }

    @Test
    void launchesPendingThenRunningWithEveryFieldClientsRead() {
        bed.context.compute().keyPairs().register(Ec2Testbed.ACCOUNT, "deploy", PUBLIC_KEY);
        RunInstancesResponse run = calls.run(bed.tenant(), request -> request
                .keyName("deploy")
                .clientToken("token-1")
                .userData(Base64.getEncoder().encodeToString(USER_DATA.getBytes(StandardCharsets.UTF_8)))
                .placement(p -> p.availabilityZone("us-east-1b"))
                .blockDeviceMappings(
                        b -> b.deviceName("/dev/xvda").ebs(e -> e.volumeSize(20).volumeType(VolumeType.GP3)),
                        b -> b.deviceName("/dev/sdf").ebs(e -> e.volumeSize(10).deleteOnTermination(false)))
                .metadataOptions(m -> m.httpTokens("required").httpPutResponseHopLimit(2))
                .monitoring(m -> m.enabled(true))
                .creditSpecification(c -> c.cpuCredits("standard"))
                .tagSpecifications(
                        t -> t.resourceType(ResourceType.INSTANCE).tags(tag("Name", "web-1")),
                        t -> t.resourceType(ResourceType.VOLUME).tags(tag("Team", "blue"))));
        Instance launched = run.instances().getFirst();
        assertThat(run.reservationId()).matches("r-[0-9a-f]{17}");
        assertThat(run.ownerId()).isEqualTo(Ec2Testbed.ACCOUNT);
        assertThat(launched.instanceId()).matches("i-[0-9a-f]{17}");
        assertThat(launched.state().code()).isZero();
        assertThat(launched.state().nameAsString()).isEqualTo("pending");
        assertThat(launched.amiLaunchIndex()).isZero();
        assertThat(launched.clientToken()).isEqualTo("token-1");

        bed.clock.advance(Duration.ofSeconds(3));
        Instance instance = calls.instance(bed.tenant(), launched.instanceId());
        assertThat(instance.state().code()).isEqualTo(16);
        assertThat(instance.state().nameAsString()).isEqualTo("running");
        assertThat(instance.imageId()).isEqualTo(calls.imageId("x86_64"));
        assertThat(instance.instanceTypeAsString()).isEqualTo("t3.micro");
        assertThat(instance.keyName()).isEqualTo("deploy");
        assertThat(instance.placement().availabilityZone()).isEqualTo("us-east-1b");
        assertThat(instance.placement().tenancyAsString()).isEqualTo("default");
        assertThat(instance.privateIpAddress()).startsWith("172.31.");
        assertThat(instance.privateDnsName())
                .isEqualTo("ip-" + instance.privateIpAddress().replace('.', '-') + ".ec2.internal");
        assertThat(instance.publicIpAddress()).isNotNull();
        assertThat(instance.publicDnsName())
                .isEqualTo("ec2-" + instance.publicIpAddress().replace('.', '-') + ".compute-1.amazonaws.com");
        Network defaultVpc = bed.context.compute().networks().defaultNetwork(Ec2Testbed.ACCOUNT);
        assertThat(instance.vpcId()).isEqualTo(bed.context.ids().toAws(ResourceKind.VPC, defaultVpc.id()));
        assertThat(instance.subnetId()).startsWith("subnet-");
        assertThat(instance.securityGroups()).singleElement()
                .satisfies(group -> assertThat(group.groupName()).isEqualTo("default"));
        assertThat(instance.architectureAsString()).isEqualTo("x86_64");
        assertThat(instance.rootDeviceName()).isEqualTo("/dev/xvda");
        assertThat(instance.rootDeviceTypeAsString()).isEqualTo("ebs");
        assertThat(instance.hypervisorAsString()).isEqualTo("xen");
        assertThat(instance.virtualizationTypeAsString()).isEqualTo("hvm");
        assertThat(instance.platformDetails()).isEqualTo("Linux/UNIX");
        assertThat(instance.usageOperation()).isEqualTo("RunInstances");
        assertThat(instance.monitoring().stateAsString()).isEqualTo("enabled");
        assertThat(instance.metadataOptions().httpTokensAsString()).isEqualTo("required");
        assertThat(instance.metadataOptions().httpPutResponseHopLimit()).isEqualTo(2);
        assertThat(instance.metadataOptions().stateAsString()).isEqualTo("applied");
        assertThat(instance.cpuOptions().coreCount() * instance.cpuOptions().threadsPerCore()).isEqualTo(2);
        assertThat(instance.sourceDestCheck()).isTrue();
        assertThat(instance.stateTransitionReason()).isEmpty();
        assertThat(instance.tags()).containsExactly(tag("Name", "web-1"));

        InstanceNetworkInterface eni = instance.networkInterfaces().getFirst();
        assertThat(eni.networkInterfaceId()).matches("eni-[0-9a-f]{17}");
        assertThat(eni.attachment().deviceIndex()).isZero();
        assertThat(eni.attachment().attachmentId()).isEqualTo("eni-attach-" + eni.networkInterfaceId().substring(4));
        assertThat(eni.privateIpAddress()).isEqualTo(instance.privateIpAddress());
        assertThat(eni.association().publicIp()).isEqualTo(instance.publicIpAddress());
        assertThat(eni.groups()).isEqualTo(instance.securityGroups());

        assertThat(instance.blockDeviceMappings()).extracting(InstanceBlockDeviceMapping::deviceName)
                .containsExactlyInAnyOrder("/dev/xvda", "/dev/sdf");
        for (InstanceBlockDeviceMapping device : instance.blockDeviceMappings()) {
            assertThat(device.ebs().volumeId()).matches("vol-[0-9a-f]{17}");
            assertThat(device.ebs().statusAsString()).isEqualTo("attached");
            assertThat(device.ebs().deleteOnTermination()).isEqualTo(device.deviceName().equals("/dev/xvda"));
            assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, device.ebs().volumeId()))
                    .isEqualTo(Map.of("Team", "blue"));
        }
        String userData = calls.attribute(bed.tenant(), instance.instanceId(), "userData").userData().value();
        assertThat(new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8)).isEqualTo(USER_DATA);
    }

    @Test
    void launchesUpToMaxCountAndFailsBelowMinCountWithoutLeavingInstancesBehind() {
        Ec2Testbed limited = new Ec2Testbed(io.cloudgate.compute.embedded.EmbeddedSettings.defaults()
                .withLimits(3, 1024, 5000, 5));
        try (limited) {
            InstanceCalls calls = new InstanceCalls(limited);
            RunInstancesResponse two = calls.run(limited.tenant(), request -> request.minCount(1).maxCount(2));
            assertThat(two.instances()).extracting(Instance::amiLaunchIndex).containsExactly(0, 1);

            RunInstancesResponse partial = calls.run(limited.tenant(), request -> request.minCount(1).maxCount(5));
            assertThat(partial.instances()).hasSize(1);

            String message = errorCode(() -> calls.run(limited.tenant(), request -> request.minCount(2).maxCount(2)),
                    "InstanceLimitExceeded");
            assertThat(message).isEqualTo("You have requested more instances (5) than your current instance limit of "
                    + "3 allows for the specified instance type. Please visit http://aws.amazon.com/contact-us/"
                    + "ec2-request to request an adjustment to this limit.");
            assertThat(calls.instances(limited.tenant(), request -> { })).hasSize(3);
        }
    }

    @Test
    void reportsInsufficientCapacityAsAServerErrorAndWithdrawsPartialLaunches() {
        Ec2Testbed small = new Ec2Testbed(io.cloudgate.compute.embedded.EmbeddedSettings.defaults()
                .withLimits(20, 4, 5000, 5));
        try (small) {
            InstanceCalls calls = new InstanceCalls(small);
            var error = org.assertj.core.api.Assertions.catchThrowableOfType(io.cloudgate.api.AwsException.class,
                    () -> calls.run(small.tenant(), request -> request.minCount(3).maxCount(3)
                            .placement(p -> p.availabilityZone("us-east-1a"))));
            assertThat(error.code()).isEqualTo("InsufficientInstanceCapacity");
            assertThat(error.status()).isEqualTo(500);
            assertThat(error.getMessage()).startsWith("We currently do not have sufficient t3.micro capacity in the "
                    + "Availability Zone you requested (us-east-1a).");
            assertThat(calls.instances(small.tenant(), request -> { })).isEmpty();
        }
    }

    @Test
    void aRetryWithTheSameClientTokenReturnsTheFirstReservation() {
        RunInstancesResponse first = calls.run(bed.tenant(), request -> request.clientToken("retry-me"));
        RunInstancesResponse retry = calls.run(bed.tenant(), request -> request.clientToken("retry-me"));
        assertThat(retry.reservationId()).isEqualTo(first.reservationId());
        assertThat(retry.instances()).extracting(Instance::instanceId)
                .containsExactly(first.instances().getFirst().instanceId());
        assertThat(calls.instances(bed.tenant(), request -> { })).hasSize(1);

        errorCode(() -> calls.run(bed.tenant(), request -> request.clientToken("retry-me").instanceType("t3.small")),
                "IdempotentParameterMismatch");
        RunInstancesResponse otherAccount = calls.run(bed.other(), request -> request.clientToken("retry-me"));
        assertThat(otherAccount.reservationId()).isNotEqualTo(first.reservationId());
    }

    @Test
    void refusesBadRequestsWithEc2sCodesBeforeLaunchingAnything() {
        errorCode(() -> calls.run(bed.tenant(), request -> request.imageId(null)), "MissingParameter");
        errorCode(() -> calls.run(bed.tenant(), request -> request.imageId("ami-12345678901234567")),
                "InvalidAMIID.NotFound");
        errorCode(() -> calls.run(bed.tenant(), request -> request.imageId("ami-nothex")), "InvalidAMIID.Malformed");
        assertThat(errorCode(() -> calls.run(bed.tenant(), request -> request.instanceType("t9.huge")),
                "InvalidParameterValue")).isEqualTo("Invalid value 't9.huge' for InstanceType.");
        assertThat(errorCode(() -> calls.run(bed.tenant(), request -> request.imageId(calls.imageId("arm64"))),
                "InvalidParameterValue")).startsWith("The architecture 'x86_64' of the specified instance type does "
                + "not match the architecture 'arm64' of the specified AMI.");
        errorCode(() -> calls.run(bed.tenant(), request -> request.keyName("missing")), "InvalidKeyPair.NotFound");
        assertThat(errorCode(() -> calls.run(bed.tenant(), request -> request.userData("%%%not base64")),
                "InvalidUserData.Malformed")).isEqualTo("Invalid BASE64 encoding of user data.");
        assertThat(errorCode(() -> calls.run(bed.tenant(), request -> request.securityGroups("nope")),
                "InvalidGroup.NotFound")).startsWith("The security group 'nope' does not exist in default VPC 'vpc-");
        errorCode(() -> calls.run(bed.tenant(), request -> request.minCount(3).maxCount(2)), "InvalidParameterValue");
        errorCode(() -> calls.run(bed.tenant(), request -> request.minCount(0)), "InvalidParameterValue");
        errorCode(() -> calls.run(bed.tenant(), request -> request.placement(p -> p.availabilityZone("us-east-1z"))),
                "InvalidParameterValue");
        errorCode(() -> calls.run(bed.tenant(), request -> request.tagSpecifications(
                t -> t.resourceType(ResourceType.VPC).tags(tag("a", "b")))), "InvalidParameterValue");
        errorCode(() -> calls.run(bed.tenant(), request -> request.dryRun(true)), "DryRunOperation");
        assertThat(calls.instances(bed.tenant(), request -> { })).isEmpty();
    }

    @Test
    void subnetsAndGroupsOfAnotherAccountAreNotFound() {
        String otherInstance = calls.run(bed.other(), request -> { }).instances().getFirst().instanceId();
        Instance theirs = calls.instance(bed.other(), otherInstance);
        errorCode(() -> calls.run(bed.tenant(), request -> request.subnetId(theirs.subnetId())),
                "InvalidSubnetID.NotFound");
        errorCode(() -> calls.run(bed.tenant(), request -> request.securityGroupIds(
                theirs.securityGroups().getFirst().groupId())), "InvalidGroup.NotFound");
    }

    @Test
    void anInterfaceSpecificationPlacesTheInstanceAndCanWithholdThePublicAddress() {
        String subnetId = calls.instance(bed.tenant(), calls.running(bed.tenant(), request -> { })).subnetId();
        String instanceId = calls.running(bed.tenant(), request -> request.networkInterfaces(n -> n.deviceIndex(0)
                .subnetId(subnetId).associatePublicIpAddress(false)));
        Instance instance = calls.instance(bed.tenant(), instanceId);
        assertThat(instance.subnetId()).isEqualTo(subnetId);
        assertThat(instance.publicIpAddress()).isNull();
        assertThat(instance.publicDnsName()).isEmpty();
        errorCode(() -> calls.run(bed.tenant(), request -> request.subnetId(subnetId)
                .networkInterfaces(n -> n.deviceIndex(0).subnetId(subnetId))), "InvalidParameterCombination");
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
