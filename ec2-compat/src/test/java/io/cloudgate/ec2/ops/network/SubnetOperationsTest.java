package io.cloudgate.ec2.ops.network;

import static io.cloudgate.ec2.ops.network.NetworkTestbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.ec2.ops.network.subnets.CreateSubnet;
import io.cloudgate.ec2.ops.network.subnets.DeleteSubnet;
import io.cloudgate.ec2.ops.network.subnets.DescribeSubnets;
import io.cloudgate.ec2.ops.network.subnets.ModifySubnetAttribute;
import io.cloudgate.ec2.ops.network.subnets.SubnetAttributes;
import io.cloudgate.ec2.ops.network.vpcs.CreateVpc;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeRequest;
import software.amazon.awssdk.services.ec2.model.Subnet;

class SubnetOperationsTest {
    private final NetworkTestbed bed = new NetworkTestbed();
    private final SubnetAttributes attributes = new SubnetAttributes(bed.store);
    private final CreateSubnet createSubnet = new CreateSubnet(bed.context, attributes);
    private final DescribeSubnets describeSubnets = new DescribeSubnets(bed.context, attributes);
    private final DeleteSubnet deleteSubnet = new DeleteSubnet(bed.context, attributes);
    private final ModifySubnetAttribute modifySubnet = new ModifySubnetAttribute(bed.context, attributes);
    private final String vpcId = new CreateVpc(bed.context, new VpcAttributes(bed.store))
            .handle(CreateVpcRequest.builder().cidrBlock("10.0.0.0/16").build(), bed.tenant()).vpc().vpcId();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void defaultSubnetsCoverEveryZoneOfTheDefaultVpc() {
        List<Subnet> defaults = describe(filtered("default-for-az", "true"));

        assertThat(defaults).extracting(Subnet::availabilityZone)
                .containsExactlyInAnyOrder("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(defaults).extracting(Subnet::availabilityZoneId)
                .containsExactlyInAnyOrder("use1-az1", "use1-az2", "use1-az3");
        assertThat(defaults).allSatisfy(subnet -> {
            assertThat(subnet.mapPublicIpOnLaunch()).isTrue();
            assertThat(subnet.cidrBlock()).startsWith("172.31.").endsWith("/20");
            assertThat(subnet.availableIpAddressCount()).isEqualTo(4091);
            assertThat(subnet.subnetArn()).isEqualTo("arn:aws:ec2:us-east-1:" + NetworkTestbed.ACCOUNT
                    + ":subnet/" + subnet.subnetId());
            assertThat(subnet.stateAsString()).isEqualTo("available");
            assertThat(subnet.privateDnsNameOptionsOnLaunch().hostnameTypeAsString()).isEqualTo("ip-name");
            assertThat(subnet.assignIpv6AddressOnCreation()).isFalse();
        });
        assertThat(describe(filtered("defaultForAz", "true"))).hasSize(3);
        assertThat(describe(filtered("availabilityZone", "us-east-1b"))).hasSize(1);
    }

    @Test
    void subnetsAreCreatedInsideTheirVpcWithoutOverlap() {
        Subnet subnet = create("10.0.1.0/24", "us-east-1b");

        assertThat(subnet.vpcId()).isEqualTo(vpcId);
        assertThat(subnet.defaultForAz()).isFalse();
        assertThat(subnet.mapPublicIpOnLaunch()).isFalse();
        assertThat(subnet.availableIpAddressCount()).isEqualTo(251);
        assertThat(describe(filtered("vpc-id", vpcId))).extracting(Subnet::subnetId)
                .containsExactly(subnet.subnetId());

        String conflict = errorCode(() -> create("10.0.1.128/25", "us-east-1a"), "InvalidSubnet.Conflict");
        assertThat(conflict).isEqualTo("The CIDR '10.0.1.128/25' conflicts with another subnet");
        String range = errorCode(() -> create("10.1.0.0/24", "us-east-1a"), "InvalidSubnet.Range");
        assertThat(range).isEqualTo("The CIDR '10.1.0.0/24' is invalid.");
        errorCode(() -> create("10.0.2.0/29", "us-east-1a"), "InvalidSubnet.Range");
        errorCode(() -> create("10.0.2.0/24", "us-east-1z"), "InvalidParameterValue");
    }

    @Test
    void zonesCanBeNamedById() {
        Subnet subnet = createSubnet.handle(CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock("10.0.3.0/24")
                .availabilityZoneId("use1-az3").build(), bed.tenant()).subnet();

        assertThat(subnet.availabilityZone()).isEqualTo("us-east-1c");
        errorCode(() -> createSubnet.handle(CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock("10.0.4.0/24")
                .availabilityZoneId("use1-az9").build(), bed.tenant()), "InvalidParameterValue");
    }

    @Test
    void subnetsInUseCannotBeDeleted() {
        Subnet subnet = create("10.0.5.0/24", "us-east-1a");
        String imageId = bed.compute.images().visibleTo(NetworkTestbed.ACCOUNT).getFirst().id();
        String backendSubnet = bed.context.ids().requireBackend(io.cloudgate.ec2.core.ResourceKind.SUBNET,
                subnet.subnetId());
        var machine = bed.compute.machines().launch(NetworkTestbed.ACCOUNT, new LaunchSpec(imageId, "t3.micro",
                null, backendSubnet, List.of(), null, null, List.of(), null, false));

        errorCode(() -> deleteSubnet.handle(DeleteSubnetRequest.builder().subnetId(subnet.subnetId()).build(),
                bed.tenant()), "DependencyViolation");

        bed.compute.machines().terminate(NetworkTestbed.ACCOUNT, machine.id());
        Subnet other = create("10.0.6.0/24", "us-east-1a");
        deleteSubnet.handle(DeleteSubnetRequest.builder().subnetId(other.subnetId()).build(), bed.tenant());
        errorCode(() -> describeSubnets.handle(DescribeSubnetsRequest.builder().subnetIds(other.subnetId()).build(),
                bed.tenant()), "InvalidSubnetID.NotFound");
    }

    @Test
    void publicIpOnLaunchCanBeTurnedOn() {
        Subnet subnet = create("10.0.7.0/24", "us-east-1a");

        modifySubnet.handle(ModifySubnetAttributeRequest.builder().subnetId(subnet.subnetId())
                .mapPublicIpOnLaunch(value -> value.value(true)).build(), bed.tenant());

        assertThat(describe(DescribeSubnetsRequest.builder().subnetIds(subnet.subnetId()).build()).getFirst()
                .mapPublicIpOnLaunch()).isTrue();
        errorCode(() -> modifySubnet.handle(ModifySubnetAttributeRequest.builder().subnetId(subnet.subnetId())
                .mapPublicIpOnLaunch(value -> value.value(true)).build(), bed.other()), "InvalidSubnetID.NotFound");
    }

    @Test
    void otherAccountsSubnetsAreInvisible() {
        Subnet subnet = create("10.0.8.0/24", "us-east-1a");

        errorCode(() -> describeSubnets.handle(DescribeSubnetsRequest.builder().subnetIds(subnet.subnetId()).build(),
                bed.other()), "InvalidSubnetID.NotFound");
        errorCode(() -> createSubnet.handle(CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock("10.0.9.0/24")
                .build(), bed.other()), "InvalidVpcID.NotFound");
        assertThat(describeSubnets.handle(DescribeSubnetsRequest.builder().build(), bed.other()).subnets())
                .extracting(Subnet::subnetId).doesNotContain(subnet.subnetId());
    }

    @Test
    void pagesCoverEverySubnetOnce() {
        create("10.0.10.0/24", "us-east-1a");
        create("10.0.11.0/24", "us-east-1a");
        create("10.0.12.0/24", "us-east-1a");
        var first = describeSubnets.handle(DescribeSubnetsRequest.builder().maxResults(5).build(), bed.tenant());
        var second = describeSubnets.handle(DescribeSubnetsRequest.builder().maxResults(5)
                .nextToken(first.nextToken()).build(), bed.tenant());

        assertThat(first.subnets()).hasSize(5);
        assertThat(second.subnets()).hasSize(1);
        assertThat(second.nextToken()).isNull();
        assertThat(java.util.stream.Stream.concat(first.subnets().stream(), second.subnets().stream())
                .map(Subnet::subnetId).distinct()).hasSize(6);
    }

    private Subnet create(String cidr, String zone) {
        return createSubnet.handle(CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock(cidr).availabilityZone(zone)
                .build(), bed.tenant()).subnet();
    }

    private List<Subnet> describe(DescribeSubnetsRequest request) {
        return describeSubnets.handle(request, bed.tenant()).subnets();
    }

    private static DescribeSubnetsRequest filtered(String name, String value) {
        return DescribeSubnetsRequest.builder().filters(Filter.builder().name(name).values(value).build()).build();
    }
}
