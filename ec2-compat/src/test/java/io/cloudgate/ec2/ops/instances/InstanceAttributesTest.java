package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;

class InstanceAttributesTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final InstanceCalls calls = new InstanceCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void describesEveryAttributeTerraformReads() {
        String instanceId = calls.running(bed.tenant(), request -> request
                .instanceInitiatedShutdownBehavior("terminate").disableApiStop(true).ebsOptimized(true));
        assertThat(attribute(instanceId, "instanceInitiatedShutdownBehavior").instanceInitiatedShutdownBehavior()
                .value()).isEqualTo("terminate");
        assertThat(attribute(instanceId, "disableApiStop").disableApiStop().value()).isTrue();
        assertThat(attribute(instanceId, "disableApiTermination").disableApiTermination().value()).isFalse();
        assertThat(attribute(instanceId, "userData").userData().value()).isNull();
        assertThat(attribute(instanceId, "instanceType").instanceType().value()).isEqualTo("t3.micro");
        assertThat(attribute(instanceId, "ebsOptimized").ebsOptimized().value()).isTrue();
        assertThat(attribute(instanceId, "sourceDestCheck").sourceDestCheck().value()).isTrue();
        assertThat(attribute(instanceId, "rootDeviceName").rootDeviceName().value()).isEqualTo("/dev/xvda");
        assertThat(attribute(instanceId, "groupSet").groups()).singleElement()
                .satisfies(group -> assertThat(group.groupName()).isEqualTo("default"));
        assertThat(attribute(instanceId, "blockDeviceMapping").blockDeviceMappings()).singleElement()
                .satisfies(device -> assertThat(device.deviceName()).isEqualTo("/dev/xvda"));
        assertThat(errorCode(() -> attribute(instanceId, "colour"), "InvalidParameterValue"))
                .isEqualTo("Value (colour) for parameter attribute is invalid. Unknown attribute.");
    }

    @Test
    void modifiesOneAttributeAtATime() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        calls.modify(bed.tenant(), instanceId, r -> r.sourceDestCheck(v -> v.value(false)));
        assertThat(calls.instance(bed.tenant(), instanceId).sourceDestCheck()).isFalse();
        assertThat(calls.instance(bed.tenant(), instanceId).networkInterfaces().getFirst().sourceDestCheck())
                .isFalse();
        calls.modify(bed.tenant(), instanceId, r -> r.attribute(InstanceAttributeName.DISABLE_API_TERMINATION)
                .value("true"));
        assertThat(attribute(instanceId, "disableApiTermination").disableApiTermination().value()).isTrue();
        calls.modify(bed.tenant(), instanceId, r -> r.instanceInitiatedShutdownBehavior(v -> v.value("terminate")));
        assertThat(attribute(instanceId, "instanceInitiatedShutdownBehavior").instanceInitiatedShutdownBehavior()
                .value()).isEqualTo("terminate");
        errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> r.instanceInitiatedShutdownBehavior(
                v -> v.value("explode"))), "InvalidParameterValue");
        errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> r.sourceDestCheck(v -> v.value(true))
                .ebsOptimized(v -> v.value(true))), "InvalidParameterCombination");
        errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> { }), "InvalidParameterCombination");
        errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> r.userData(v -> v.value(SdkBytes.fromUtf8String(
                "echo hi")))), "IncorrectInstanceState");
        errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> r.disableApiStop(v -> v.value(true))
                .dryRun(true)), "DryRunOperation");
        assertThat(attribute(instanceId, "disableApiStop").disableApiStop().value()).isFalse();

        calls.call("StopInstances", StopInstancesRequest.builder().instanceIds(instanceId).build(), bed.tenant());
        bed.clock.advance(Duration.ofSeconds(5));
        calls.modify(bed.tenant(), instanceId, r -> r.userData(v -> v.value(SdkBytes.fromUtf8String("echo hi"))));
        String userData = attribute(instanceId, "userData").userData().value();
        assertThat(new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8)).isEqualTo("echo hi");
    }

    @Test
    void changesSecurityGroupsWithinTheVpc() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        var network = bed.context.compute().networks().defaultNetwork(Ec2Testbed.ACCOUNT);
        var web = bed.context.compute().securityGroups().create(Ec2Testbed.ACCOUNT, network.id(), "web", "web");
        String webId = bed.context.ids().toAws(io.cloudgate.ec2.core.ResourceKind.SECURITY_GROUP, web.id());
        calls.modify(bed.tenant(), instanceId, r -> r.groups(webId));
        assertThat(calls.instance(bed.tenant(), instanceId).securityGroups()).singleElement()
                .satisfies(group -> assertThat(group.groupId()).isEqualTo(webId));
        errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> r.groups("sg-00000000000000000")),
                "InvalidGroup.NotFound");
    }

    private DescribeInstanceAttributeResponse attribute(String instanceId, String attribute) {
        return calls.attribute(bed.tenant(), instanceId, attribute);
    }
}
