package io.cloudgate.ec2.ops.network.subnets;

import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.Zone;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.core.ZoneIds;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.BlockPublicAccessMode;
import software.amazon.awssdk.services.ec2.model.BlockPublicAccessStates;
import software.amazon.awssdk.services.ec2.model.PrivateDnsNameOptionsOnLaunch;

/** A port subnet as the Subnet shape Terraform and the CLI read. */
final class SubnetView {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final SubnetAttributes attributes;

    SubnetView(Ec2Context context, SubnetAttributes attributes) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.attributes = attributes;
    }

    software.amazon.awssdk.services.ec2.model.Subnet toSdk(String account, Subnet subnet, List<Zone> zones,
                                                           Map<String, String> tags) {
        String subnetId = lookup.subnetId(subnet.id());
        SubnetAttributes.Values values = attributes.of(account, subnetId, subnet.isDefault());
        return software.amazon.awssdk.services.ec2.model.Subnet.builder()
                .subnetId(subnetId)
                .subnetArn("arn:aws:ec2:" + context.region() + ":" + account + ":subnet/" + subnetId)
                .vpcId(lookup.vpcId(subnet.networkId()))
                .ownerId(account)
                .cidrBlock(subnet.cidr())
                .availabilityZone(subnet.zone())
                .availabilityZoneId(ZoneIds.idOf(context.region(), zones, subnet.zone()).orElse(null))
                .availableIpAddressCount(subnet.availableAddresses())
                .defaultForAz(subnet.isDefault())
                .mapPublicIpOnLaunch(values.mapPublicIpOnLaunch())
                .mapCustomerOwnedIpOnLaunch(false)
                .assignIpv6AddressOnCreation(false)
                .ipv6CidrBlockAssociationSet(List.of())
                .enableDns64(values.enableDns64())
                .ipv6Native(false)
                .privateDnsNameOptionsOnLaunch(PrivateDnsNameOptionsOnLaunch.builder()
                        .hostnameType(values.hostnameType())
                        .enableResourceNameDnsARecord(values.enableResourceNameDnsARecord())
                        .enableResourceNameDnsAAAARecord(values.enableResourceNameDnsAaaaRecord())
                        .build())
                .blockPublicAccessStates(BlockPublicAccessStates.builder()
                        .internetGatewayBlockMode(BlockPublicAccessMode.OFF).build())
                .state(subnet.state() == null ? "available" : subnet.state())
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }
}
