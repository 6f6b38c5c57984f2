package io.cloudgate.ec2.ops.network.vpcs;

import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.BlockPublicAccessMode;
import software.amazon.awssdk.services.ec2.model.BlockPublicAccessStates;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockState;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockStateCode;

/** A network as the Vpc shape Terraform and the CLI read. */
final class VpcView {
    private final Ec2Context context;
    private final VpcAttributes attributes;
    private final VpcFixtures fixtures;

    VpcView(Ec2Context context, VpcAttributes attributes) {
        this.context = context;
        this.attributes = attributes;
        this.fixtures = new VpcFixtures(context.ids());
    }

    Vpc toVpc(String account, String vpcId, Network network, Map<String, String> tags) {
        VpcAttributes.Values values = attributes.of(account, vpcId, network.isDefault());
        return Vpc.builder()
                .vpcId(vpcId)
                .ownerId(account)
                .cidrBlock(network.cidr())
                .cidrBlockAssociationSet(VpcCidrBlockAssociation.builder()
                        .associationId(VpcFixtures.associationId("vpc-cidr-assoc", vpcId))
                        .cidrBlock(network.cidr())
                        .cidrBlockState(VpcCidrBlockState.builder().state(VpcCidrBlockStateCode.ASSOCIATED).build())
                        .build())
                .dhcpOptionsId(fixtures.dhcpOptionsId(account))
                .instanceTenancy(values.instanceTenancy())
                .isDefault(network.isDefault())
                .state(network.state() == null ? "available" : network.state())
                .blockPublicAccessStates(BlockPublicAccessStates.builder()
                        .internetGatewayBlockMode(BlockPublicAccessMode.OFF).build())
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }
}
