package io.cloudgate.ec2.ops.network.interfaces;

import io.cloudgate.compute.Address;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Zone;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.core.ZoneIds;
import io.cloudgate.ec2.ops.instances.PrimaryInterfaces;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;

/**
 * The one interface every instance has, as DescribeNetworkInterfaces shows it. Its ids come from
 * {@link PrimaryInterfaces}, the rules DescribeInstances uses too, so both calls name the same interface.
 */
final class InterfaceView {
    private final Ec2Context context;
    private final VpcAttributes vpcAttributes;

    /** What one call needs about the account besides the machine itself. */
    record AccountState(String account, Map<String, SecurityGroup> groups, Map<String, Network> networks,
                        Map<String, Address> addressesByMachine, List<Zone> zones,
                        Map<String, Map<String, String>> tags, Predicate<String> sourceDestCheck) {
    }

    InterfaceView(Ec2Context context) {
        this.context = context;
        this.vpcAttributes = new VpcAttributes(context.store());
    }

    NetworkInterface toSdk(Machine machine, AccountState state) {
        String interfaceId = PrimaryInterfaces.id(context.ids(), machine.id());
        String privateDns = "ip-" + machine.privateAddress().replace('.', '-') + "."
                + VpcFixtures.domainName(context.region());
        NetworkInterfaceAssociation association = association(machine, state);
        return NetworkInterface.builder()
                .networkInterfaceId(interfaceId)
                .attachment(NetworkInterfaceAttachment.builder()
                        .attachmentId(PrimaryInterfaces.attachmentId(interfaceId))
                        .attachTime(machine.launchedAt())
                        .deleteOnTermination(true)
                        .deviceIndex(0)
                        .networkCardIndex(0)
                        .instanceId(context.ids().toAws(ResourceKind.INSTANCE, machine.id()))
                        .instanceOwnerId(state.account())
                        .status("attached")
                        .build())
                .availabilityZone(machine.zone())
                .availabilityZoneId(ZoneIds.idOf(context.region(), state.zones(), machine.zone()).orElse(null))
                .description("")
                .groups(machine.securityGroupIds().stream().map(groupId -> GroupIdentifier.builder()
                        .groupId(context.ids().toAws(ResourceKind.SECURITY_GROUP, groupId))
                        .groupName(Optional.ofNullable(state.groups().get(groupId)).map(SecurityGroup::name)
                                .orElse(""))
                        .build()).toList())
                .interfaceType("interface")
                .ipv6Addresses(List.of())
                .macAddress(PrimaryInterfaces.macAddress(interfaceId))
                .ownerId(state.account())
                .privateDnsName(privateDns)
                .privateIpAddress(machine.privateAddress())
                .privateIpAddresses(NetworkInterfacePrivateIpAddress.builder()
                        .primary(true)
                        .privateIpAddress(machine.privateAddress())
                        .privateDnsName(privateDns)
                        .association(association)
                        .build())
                .association(association)
                .requesterManaged(false)
                .sourceDestCheck(state.sourceDestCheck().test(machine.id()))
                .status("in-use")
                .subnetId(context.ids().toAws(ResourceKind.SUBNET, machine.subnetId()))
                .vpcId(context.ids().toAws(ResourceKind.VPC, machine.networkId()))
                .tagSet(TagSpecifications.toSdk(state.tags().getOrDefault(interfaceId, Map.of())))
                .build();
    }

    /** The public address; an elastic one carries the ids DescribeAddresses gives it. */
    private NetworkInterfaceAssociation association(Machine machine, AccountState state) {
        if (machine.publicAddress() == null) {
            return null;
        }
        Address elastic = state.addressesByMachine().get(machine.id());
        return NetworkInterfaceAssociation.builder()
                .publicIp(machine.publicAddress())
                .publicDnsName(publicDnsName(machine, state))
                .ipOwnerId(elastic == null ? "amazon" : state.account())
                .allocationId(elastic == null ? null : context.ids().toAws(ResourceKind.ADDRESS, elastic.id()))
                .associationId(elastic == null ? null : context.ids().toAws(ResourceKind.ADDRESS_ASSOCIATION,
                        elastic.id() + ":" + elastic.machineId()))
                .build();
    }

    /** Public DNS names exist only in VPCs with DNS hostnames on (by default, the default VPC). */
    private String publicDnsName(Machine machine, AccountState state) {
        Network network = state.networks().get(machine.networkId());
        String vpcId = context.ids().toAws(ResourceKind.VPC, machine.networkId());
        if (network == null || !vpcAttributes.of(state.account(), vpcId, network.isDefault()).enableDnsHostnames()) {
            return "";
        }
        String host = "ec2-" + machine.publicAddress().replace('.', '-');
        return "us-east-1".equals(context.region()) ? host + ".compute-1.amazonaws.com"
                : host + "." + context.region() + ".compute.amazonaws.com";
    }
}
