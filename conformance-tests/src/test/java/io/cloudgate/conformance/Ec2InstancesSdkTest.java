package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Instances through the AWS SDK for Java v2: launch, waiters, filters, state changes, attributes, errors. */
class Ec2InstancesSdkTest extends TwoTenants {
    private static final String USER_DATA = "#!/bin/bash\necho hello\n";


    @Test
    void runWaitStopResizeStartTagProtectAndTerminate() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            var run = ec2.runInstances(r -> r.imageId(amazonLinux(ec2)).instanceType(InstanceType.T3_MICRO)
                    .minCount(1).maxCount(1)
                    .userData(Base64.getEncoder().encodeToString(USER_DATA.getBytes(StandardCharsets.UTF_8)))
                    .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE).tags(tag("Name", "sdk-web"))));
            String id = run.instances().getFirst().instanceId();
            assertThat(id).matches("i-[0-9a-f]{17}");
            assertThat(run.instances().getFirst().state().name()).isEqualTo(InstanceStateName.PENDING);

            var running = ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), QUICK).matched().response()
                    .orElseThrow();
            Instance instance = running.reservations().getFirst().instances().getFirst();
            assertThat(instance.state().code()).isEqualTo(16);
            assertThat(instance.privateDnsName()).endsWith(".ec2.internal");
            assertThat(instance.networkInterfaces()).hasSize(1);
            assertThat(ids(ec2.describeInstances(r -> r.filters(filter("tag:Name", "sdk-*"),
                    filter("instance-state-name", "running"))))).containsExactly(id);
            assertThat(ec2.describeInstanceStatus(r -> r.instanceIds(id)).instanceStatuses().getFirst()
                    .instanceStatus().statusAsString()).isEqualTo("ok");
            String userData = ec2.describeInstanceAttribute(r -> r.instanceId(id)
                    .attribute(InstanceAttributeName.USER_DATA)).userData().value();
            assertThat(new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8)).isEqualTo(USER_DATA);

            assertError(() -> ec2.modifyInstanceAttribute(r -> r.instanceId(id).instanceType(v -> v.value("t3.small"))),
                    "IncorrectInstanceState", "The instance '" + id + "' is not in the 'stopped' state.");
            var stopping = ec2.stopInstances(r -> r.instanceIds(id)).stoppingInstances().getFirst();
            assertThat(stopping.previousState().name()).isEqualTo(InstanceStateName.RUNNING);
            assertThat(stopping.currentState().name()).isEqualTo(InstanceStateName.STOPPING);
            ec2.waiter().waitUntilInstanceStopped(r -> r.instanceIds(id), QUICK);
            ec2.modifyInstanceAttribute(r -> r.instanceId(id).instanceType(v -> v.value("t3.small")));
            ec2.startInstances(r -> r.instanceIds(id));
            Instance resized = ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), QUICK).matched()
                    .response().orElseThrow().reservations().getFirst().instances().getFirst();
            assertThat(resized.instanceType()).isEqualTo(InstanceType.T3_SMALL);

            ec2.createTags(r -> r.resources(id).tags(tag("env", "prod")));
            assertThat(ids(ec2.describeInstances(r -> r.filters(filter("tag:env", "prod"))))).containsExactly(id);

            ec2.modifyInstanceAttribute(r -> r.instanceId(id).disableApiTermination(v -> v.value(true)));
            assertError(() -> ec2.terminateInstances(r -> r.instanceIds(id)), "OperationNotPermitted",
                    "The instance '" + id + "' may not be terminated. Modify its 'disableApiTermination' instance "
                            + "attribute and try again.");
            ec2.modifyInstanceAttribute(r -> r.instanceId(id).disableApiTermination(v -> v.value(false)));
            var terminating = ec2.terminateInstances(r -> r.instanceIds(id)).terminatingInstances().getFirst();
            assertThat(terminating.currentState().name()).isEqualTo(InstanceStateName.SHUTTING_DOWN);
            ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(id), QUICK);
        }
    }

    @Test
    void clientTokensPagingAndCredits() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, stranger)) {
            String image = amazonLinux(ec2);
            var first = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(6)
                    .maxCount(6).clientToken("batch-1"));
            var retry = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(6)
                    .maxCount(6).clientToken("batch-1"));
            assertThat(retry.reservationId()).isEqualTo(first.reservationId());
            assertThat(retry.instances()).extracting(Instance::instanceId)
                    .isEqualTo(first.instances().stream().map(Instance::instanceId).toList());

            List<String> paged = ec2.describeInstancesPaginator(r -> r.maxResults(5)).reservations().stream()
                    .flatMap(reservation -> reservation.instances().stream()).map(Instance::instanceId).toList();
            assertThat(paged).hasSize(6).doesNotHaveDuplicates();
            assertThat(ec2.describeInstanceCreditSpecifications(r -> r.instanceIds(paged.getFirst()))
                    .instanceCreditSpecifications().getFirst().cpuCredits()).isEqualTo("unlimited");
            ec2.terminateInstances(r -> r.instanceIds(paged));
        }
    }

    @Test
    void commonMistakesAndOtherAccountsGetEc2Errors() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant); Ec2Client other = SdkClients.ec2(gateway, stranger)) {
            String image = amazonLinux(ec2);
            String id = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1)
                    .maxCount(1)).instances().getFirst().instanceId();
            assertError(() -> other.describeInstances(r -> r.instanceIds(id)), "InvalidInstanceID.NotFound",
                    "The instance ID '" + id + "' does not exist");
            assertError(() -> other.terminateInstances(r -> r.instanceIds(id)), "InvalidInstanceID.NotFound", null);
            assertError(() -> ec2.describeInstances(r -> r.instanceIds("i-nothex")), "InvalidInstanceID.Malformed",
                    null);
            assertError(() -> ec2.runInstances(r -> r.imageId("ami-00000000000000000").minCount(1).maxCount(1)),
                    "InvalidAMIID.NotFound", null);
            assertError(() -> ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T4_G_MICRO)
                    .minCount(1).maxCount(1)), "InvalidParameterValue", null);
            assertError(() -> ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1).keyName("nokey")),
                    "InvalidKeyPair.NotFound", null);
            assertError(() -> ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1).dryRun(true)),
                    "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
            assertError(() -> ec2.describeInstances(r -> r.filters(filter("no-such-filter", "x"))),
                    "InvalidParameterValue", null);
            ec2.terminateInstances(r -> r.instanceIds(id));
        }
    }

    @Test
    void topologyDeviceFlagsAndInterfaceSourceDestCheck() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            String id = ec2.runInstances(r -> r.imageId(amazonLinux(ec2)).instanceType(InstanceType.T3_MICRO)
                    .minCount(1).maxCount(1)).instances().getFirst().instanceId();
            ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), QUICK);
            ec2.modifyInstanceAttribute(r -> r.instanceId(id).blockDeviceMappings(device -> device
                    .deviceName("/dev/xvda").ebs(ebs -> ebs.deleteOnTermination(false))));
            assertThat(ec2.describeInstanceAttribute(r -> r.instanceId(id)
                    .attribute(InstanceAttributeName.BLOCK_DEVICE_MAPPING)).blockDeviceMappings()).singleElement()
                    .satisfies(device -> assertThat(device.ebs().deleteOnTermination()).isFalse());
            ec2.modifyInstanceAttribute(r -> r.instanceId(id).sourceDestCheck(value -> value.value(false)));
            assertThat(ec2.describeNetworkInterfaces(r -> r.filters(filter("attachment.instance-id", id)))
                    .networkInterfaces()).singleElement()
                    .satisfies(networkInterface -> assertThat(networkInterface.sourceDestCheck()).isFalse());
            var topology = ec2.describeInstanceTopology(r -> r.instanceIds(id)).instances();
            assertThat(topology).singleElement().satisfies(instance -> {
                assertThat(instance.networkNodes()).hasSize(3);
                assertThat(instance.availabilityZone()).startsWith("us-east-1");
            });
            String rootVolume = ec2.describeInstances(r -> r.instanceIds(id)).reservations().getFirst().instances()
                    .getFirst().blockDeviceMappings().getFirst().ebs().volumeId();
            ec2.terminateInstances(r -> r.instanceIds(id));
            ec2.waiter().waitUntilVolumeAvailable(r -> r.volumeIds(rootVolume), QUICK);
            ec2.deleteVolume(r -> r.volumeId(rootVolume));
        }
    }

    private static String amazonLinux(Ec2Client ec2) {
        return ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-*"),
                filter("architecture", "x86_64"))).images().getFirst().imageId();
    }

    private static List<String> ids(DescribeInstancesResponse response) {
        return response.reservations().stream().map(Reservation::instances).flatMap(List::stream)
                .map(Instance::instanceId).toList();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static void assertError(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(code.equals("DryRunOperation") ? 412 : 400);
            if (message != null) {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            }
        });
    }
}
