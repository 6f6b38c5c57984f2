package io.cloudgate.ec2.ops.network;

import static io.cloudgate.ec2.ops.network.NetworkTestbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.ops.network.groups.CreateSecurityGroup;
import io.cloudgate.ec2.ops.network.subnets.CreateSubnet;
import io.cloudgate.ec2.ops.network.subnets.SubnetAttributes;
import io.cloudgate.ec2.ops.network.vpcs.CreateVpc;
import io.cloudgate.ec2.ops.network.vpcs.DeleteVpc;
import io.cloudgate.ec2.ops.network.vpcs.DescribeVpcAttribute;
import io.cloudgate.ec2.ops.network.vpcs.DescribeVpcs;
import io.cloudgate.ec2.ops.network.vpcs.ModifyVpcAttribute;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

class VpcOperationsTest {
    private final NetworkTestbed bed = new NetworkTestbed();
    private final VpcAttributes attributes = new VpcAttributes(bed.store);
    private final CreateVpc createVpc = new CreateVpc(bed.context, attributes);
    private final DescribeVpcs describeVpcs = new DescribeVpcs(bed.context, attributes);
    private final DeleteVpc deleteVpc = new DeleteVpc(bed.context, attributes);
    private final DescribeVpcAttribute describeAttribute = new DescribeVpcAttribute(bed.context, attributes);
    private final ModifyVpcAttribute modifyAttribute = new ModifyVpcAttribute(bed.context, attributes);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void everyAccountHasADefaultVpcInTheShapeTerraformReads() {
        List<Vpc> vpcs = describeVpcs.handle(DescribeVpcsRequest.builder().build(), bed.tenant()).vpcs();

        assertThat(vpcs).singleElement().satisfies(vpc -> {
            assertThat(vpc.isDefault()).isTrue();
            assertThat(vpc.cidrBlock()).isEqualTo("172.31.0.0/16");
            assertThat(vpc.vpcId()).matches("vpc-[0-9a-f]{17}");
            assertThat(vpc.ownerId()).isEqualTo(NetworkTestbed.ACCOUNT);
            assertThat(vpc.stateAsString()).isEqualTo("available");
            assertThat(vpc.instanceTenancyAsString()).isEqualTo("default");
            assertThat(vpc.dhcpOptionsId()).matches("dopt-[0-9a-f]{17}");
            assertThat(vpc.cidrBlockAssociationSet()).singleElement().satisfies(association -> {
                assertThat(association.cidrBlock()).isEqualTo("172.31.0.0/16");
                assertThat(association.associationId()).startsWith("vpc-cidr-assoc-");
                assertThat(association.cidrBlockState().stateAsString()).isEqualTo("associated");
            });
        });
        assertThat(describeVpcs.handle(DescribeVpcsRequest.builder().build(), bed.tenant()).vpcs().getFirst().vpcId())
                .isEqualTo(vpcs.getFirst().vpcId());
    }

    @Test
    void createdVpcsAreTaggedAndFoundByIdAndFilters() {
        Vpc created = createVpc.handle(CreateVpcRequest.builder().cidrBlock("10.0.0.0/16")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VPC)
                        .tags(Tag.builder().key("Name").value("main").build()).build())
                .build(), bed.tenant()).vpc();

        assertThat(created.isDefault()).isFalse();
        assertThat(created.tags()).containsExactly(Tag.builder().key("Name").value("main").build());
        assertThat(describe(DescribeVpcsRequest.builder().vpcIds(created.vpcId()).build()))
                .extracting(Vpc::cidrBlock).containsExactly("10.0.0.0/16");
        assertThat(describe(filtered("tag:Name", "ma*"))).extracting(Vpc::vpcId).containsExactly(created.vpcId());
        assertThat(describe(filtered("isDefault", "true"))).extracting(Vpc::cidrBlock).containsExactly("172.31.0.0/16");
        assertThat(describe(filtered("is-default", "false"))).extracting(Vpc::vpcId).containsExactly(created.vpcId());
        assertThat(describe(filtered("cidr-block-association.cidr-block", "10.0.0.0/16"))).hasSize(1);
        assertThat(describe(filtered("owner-id", NetworkTestbed.ACCOUNT))).hasSize(2);
        errorCode(() -> describe(filtered("no-such-filter", "x")), "InvalidParameterValue");
    }

    @Test
    void cidrBlocksAreValidatedAsAwsDoes() {
        String message = errorCode(() -> create("10.0.0.0/8"), "InvalidVpc.Range");
        assertThat(message).isEqualTo("The CIDR '10.0.0.0/8' is invalid.");
        errorCode(() -> create("10.0.0.0/29"), "InvalidVpc.Range");
        errorCode(() -> create("10.0.0.300/16"), "InvalidParameterValue");
        errorCode(() -> create("10.0.0.1/16"), "InvalidParameterValue");
        errorCode(() -> createVpc.handle(CreateVpcRequest.builder().build(), bed.tenant()), "MissingParameter");
        errorCode(() -> createVpc.handle(CreateVpcRequest.builder().cidrBlock("10.0.0.0/16")
                .instanceTenancy("host").build(), bed.tenant()), "InvalidParameterValue");
    }

    @Test
    void dryRunCreatesNothing() {
        errorCode(() -> createVpc.handle(CreateVpcRequest.builder().cidrBlock("10.0.0.0/16").dryRun(true).build(),
                bed.tenant()), "DryRunOperation");
        assertThat(describe(DescribeVpcsRequest.builder().build())).hasSize(1);
    }

    @Test
    void unknownAndOtherAccountsVpcsAreNotFound() {
        String vpcId = create("10.1.0.0/16").vpcId();

        String message = errorCode(() -> describeVpcs.handle(DescribeVpcsRequest.builder().vpcIds(vpcId).build(),
                bed.other()), "InvalidVpcID.NotFound");
        assertThat(message).contains(vpcId);
        errorCode(() -> describeVpcs.handle(DescribeVpcsRequest.builder().vpcIds("vpc-0123456789abcdef0").build(),
                bed.tenant()), "InvalidVpcID.NotFound");
        errorCode(() -> deleteVpc.handle(DeleteVpcRequest.builder().vpcId(vpcId).build(), bed.other()),
                "InvalidVpcID.NotFound");
        errorCode(() -> describeVpcs.handle(DescribeVpcsRequest.builder().vpcIds("vpc-nothex").build(),
                bed.tenant()), "InvalidVpcID.Malformed");
        assertThat(describeVpcs.handle(DescribeVpcsRequest.builder().build(), bed.other()).vpcs())
                .extracting(Vpc::vpcId).doesNotContain(vpcId);
    }

    @Test
    void attributesHaveAwsDefaultsAndCanBeModified() {
        String defaultVpc = describe(filtered("is-default", "true")).getFirst().vpcId();
        String vpcId = create("10.2.0.0/16").vpcId();

        assertThat(attribute(defaultVpc, VpcAttributeName.ENABLE_DNS_HOSTNAMES)).isTrue();
        assertThat(attribute(vpcId, VpcAttributeName.ENABLE_DNS_HOSTNAMES)).isFalse();
        assertThat(attribute(vpcId, VpcAttributeName.ENABLE_DNS_SUPPORT)).isTrue();
        assertThat(attribute(vpcId, VpcAttributeName.ENABLE_NETWORK_ADDRESS_USAGE_METRICS)).isFalse();

        modifyAttribute.handle(ModifyVpcAttributeRequest.builder().vpcId(vpcId)
                .enableDnsHostnames(value -> value.value(true)).build(), bed.tenant());

        assertThat(attribute(vpcId, VpcAttributeName.ENABLE_DNS_HOSTNAMES)).isTrue();
        assertThat(attribute(vpcId, VpcAttributeName.ENABLE_DNS_SUPPORT)).isTrue();
        errorCode(() -> modifyAttribute.handle(ModifyVpcAttributeRequest.builder().vpcId(vpcId)
                .enableDnsHostnames(value -> value.value(true)).enableDnsSupport(value -> value.value(true)).build(),
                bed.tenant()), "InvalidParameterCombination");
        errorCode(() -> describeAttribute.handle(DescribeVpcAttributeRequest.builder().vpcId(vpcId)
                .attribute("colour").build(), bed.tenant()), "InvalidParameterValue");
    }

    @Test
    void vpcsWithSubnetsOrGroupsCannotBeDeleted() {
        String vpcId = create("10.3.0.0/16").vpcId();
        new CreateSubnet(bed.context, new SubnetAttributes(bed.store)).handle(CreateSubnetRequest.builder()
                .vpcId(vpcId).cidrBlock("10.3.1.0/24").build(), bed.tenant());
        String other = create("10.4.0.0/16").vpcId();
        new CreateSecurityGroup(bed.context).handle(CreateSecurityGroupRequest.builder().vpcId(other)
                .groupName("web").description("web").build(), bed.tenant());

        String message = errorCode(() -> deleteVpc.handle(DeleteVpcRequest.builder().vpcId(vpcId).build(),
                bed.tenant()), "DependencyViolation");
        assertThat(message).isEqualTo("The vpc '" + vpcId + "' has dependencies and cannot be deleted.");
        errorCode(() -> deleteVpc.handle(DeleteVpcRequest.builder().vpcId(other).build(), bed.tenant()),
                "DependencyViolation");
    }

    @Test
    void emptyVpcsAreDeleted() {
        String vpcId = create("10.5.0.0/16").vpcId();

        deleteVpc.handle(DeleteVpcRequest.builder().vpcId(vpcId).build(), bed.tenant());

        errorCode(() -> describeVpcs.handle(DescribeVpcsRequest.builder().vpcIds(vpcId).build(), bed.tenant()),
                "InvalidVpcID.NotFound");
        errorCode(() -> deleteVpc.handle(DeleteVpcRequest.builder().vpcId(vpcId).build(), bed.tenant()),
                "InvalidVpcID.NotFound");
    }

    private Vpc create(String cidr) {
        return createVpc.handle(CreateVpcRequest.builder().cidrBlock(cidr).build(), bed.tenant()).vpc();
    }

    private List<Vpc> describe(DescribeVpcsRequest request) {
        return describeVpcs.handle(request, bed.tenant()).vpcs();
    }

    private static DescribeVpcsRequest filtered(String name, String value) {
        return DescribeVpcsRequest.builder().filters(Filter.builder().name(name).values(value).build()).build();
    }

    private boolean attribute(String vpcId, VpcAttributeName name) {
        var response = describeAttribute.handle(DescribeVpcAttributeRequest.builder().vpcId(vpcId).attribute(name)
                .build(), bed.tenant());
        return switch (name) {
            case ENABLE_DNS_HOSTNAMES -> response.enableDnsHostnames().value();
            case ENABLE_DNS_SUPPORT -> response.enableDnsSupport().value();
            default -> response.enableNetworkAddressUsageMetrics().value();
        };
    }
}
