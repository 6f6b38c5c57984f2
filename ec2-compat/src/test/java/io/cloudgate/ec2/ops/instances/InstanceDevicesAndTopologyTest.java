package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.ec2.ops.network.interfaces.DescribeNetworkInterfaces;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTopologyRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTopologyResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMappingSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceTopology;

class InstanceDevicesAndTopologyTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final InstanceCalls calls = new InstanceCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    private static InstanceBlockDeviceMappingSpecification keep(String device, boolean deleteOnTermination) {
        return InstanceBlockDeviceMappingSpecification.builder().deviceName(device)
                .ebs(ebs -> ebs.deleteOnTermination(deleteOnTermination)).build();
    }

    @Test
    void deleteOnTerminationOfAnAttachedVolumeCanBeChanged() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        calls.modify(bed.tenant(), instanceId, request -> request.blockDeviceMappings(keep("/dev/xvda", false)));
        assertThat(calls.attribute(bed.tenant(), instanceId, "blockDeviceMapping").blockDeviceMappings())
                .singleElement().satisfies(device -> assertThat(device.ebs().deleteOnTermination()).isFalse());
        errorCode(() -> calls.modify(bed.tenant(), instanceId, request -> request.blockDeviceMappings(
                keep("/dev/sdz", true))), "InvalidInstanceAttributeValue");

        calls.call("TerminateInstances", software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest
                .builder().instanceIds(instanceId).build(), bed.tenant());
        assertThat(bed.context.compute().volumes().list(Ec2Testbed.ACCOUNT)).singleElement()
                .satisfies(volume -> assertThat(volume.machineId()).isNull());
    }

    @Test
    void aLaunchFailingBelowMinCountLeavesNoVolumesBehind() {
        Ec2Testbed limited = new Ec2Testbed(EmbeddedSettings.defaults().withLimits(2, 1024, 5000, 5));
        try (limited) {
            InstanceCalls limitedCalls = new InstanceCalls(limited);
            errorCode(() -> limitedCalls.run(limited.tenant(), request -> request.minCount(3).maxCount(3)
                    .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/sdf")
                            .ebs(ebs -> ebs.volumeSize(2).deleteOnTermination(false)).build())),
                    "InstanceLimitExceeded");
            assertThat(limited.context.compute().volumes().list(Ec2Testbed.ACCOUNT)).isEmpty();
        }
    }

    @Test
    void topologyPlacesRunningInstancesOfAZoneUnderSharedNodes() {
        String first = calls.running(bed.tenant(), request -> request.placement(p -> p.availabilityZone(
                Ec2Testbed.ZONE)));
        String second = calls.running(bed.tenant(), request -> request.placement(p -> p.availabilityZone(
                Ec2Testbed.ZONE)));
        String pending = calls.run(bed.tenant(), request -> { }).instances().getFirst().instanceId();
        DescribeInstanceTopologyResponse response = calls.call("DescribeInstanceTopology",
                DescribeInstanceTopologyRequest.builder().build(), bed.tenant());
        List<InstanceTopology> instances = response.instances();
        assertThat(instances).extracting(InstanceTopology::instanceId).containsExactlyInAnyOrder(first, second)
                .doesNotContain(pending);
        assertThat(instances).allSatisfy(topology -> {
            assertThat(topology.networkNodes()).hasSize(3).allMatch(node -> node.matches("nn-[0-9a-f]{17}"));
            assertThat(topology.availabilityZone()).isEqualTo(Ec2Testbed.ZONE);
            assertThat(topology.zoneId()).startsWith("use1-az");
            assertThat(topology.instanceType()).isEqualTo("t3.micro");
        });
        assertThat(instances.get(0).networkNodes().subList(0, 2)).isEqualTo(instances.get(1).networkNodes()
                .subList(0, 2));
        DescribeInstanceTopologyResponse elsewhere = calls.call("DescribeInstanceTopology",
                DescribeInstanceTopologyRequest.builder().filters(Filter.builder().name("availability-zone")
                        .values("us-east-1b").build()).build(), bed.tenant());
        assertThat(elsewhere.instances()).isEmpty();
        errorCode(() -> calls.call("DescribeInstanceTopology", DescribeInstanceTopologyRequest.builder()
                .instanceIds(first).build(), bed.other()), "InvalidInstanceID.NotFound");
    }

    @Test
    void networkInterfacesShowTheInstancesSourceDestCheck() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        calls.modify(bed.tenant(), instanceId, request -> request.sourceDestCheck(
                AttributeBooleanValue.builder().value(false).build()));
        var interfaces = new DescribeNetworkInterfaces(bed.context).handle(DescribeNetworkInterfacesRequest
                .builder().filters(Filter.builder().name("attachment.instance-id").values(instanceId).build())
                .build(), bed.tenant()).networkInterfaces();
        assertThat(interfaces).singleElement().satisfies(networkInterface ->
                assertThat(networkInterface.sourceDestCheck()).isFalse());
    }
}
