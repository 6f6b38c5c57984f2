package io.cloudgate.ec2.ops.network.interfaces;

import static io.cloudgate.ec2.ops.network.FilterValues.each;
import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.ops.network.SdkTags;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;

/** DescribeNetworkInterfaces' filters over the interface shape. */
final class InterfaceFilters {
    static final Filters<NetworkInterface> FILTERS = new Filters<>(Map.ofEntries(
            Map.entry("network-interface-id", one(NetworkInterface::networkInterfaceId)),
            Map.entry("attachment.instance-id", attachment(NetworkInterfaceAttachment::instanceId)),
            Map.entry("attachment.attachment-id", attachment(NetworkInterfaceAttachment::attachmentId)),
            Map.entry("attachment.status", attachment(NetworkInterfaceAttachment::statusAsString)),
            Map.entry("attachment.device-index", attachment(NetworkInterfaceAttachment::deviceIndex)),
            Map.entry("attachment.instance-owner-id", attachment(NetworkInterfaceAttachment::instanceOwnerId)),
            Map.entry("attachment.delete-on-termination",
                    attachment(NetworkInterfaceAttachment::deleteOnTermination)),
            Map.entry("vpc-id", one(NetworkInterface::vpcId)),
            Map.entry("subnet-id", one(NetworkInterface::subnetId)),
            Map.entry("group-id", each(NetworkInterface::groups, GroupIdentifier::groupId)),
            Map.entry("group-name", each(NetworkInterface::groups, GroupIdentifier::groupName)),
            Map.entry("private-ip-address", one(NetworkInterface::privateIpAddress)),
            Map.entry("addresses.private-ip-address",
                    each(NetworkInterface::privateIpAddresses, NetworkInterfacePrivateIpAddress::privateIpAddress)),
            Map.entry("addresses.primary",
                    each(NetworkInterface::privateIpAddresses, NetworkInterfacePrivateIpAddress::primary)),
            Map.entry("private-dns-name", one(NetworkInterface::privateDnsName)),
            Map.entry("description", one(NetworkInterface::description)),
            Map.entry("status", one(NetworkInterface::statusAsString)),
            Map.entry("availability-zone", one(NetworkInterface::availabilityZone)),
            Map.entry("owner-id", one(NetworkInterface::ownerId)),
            Map.entry("mac-address", one(NetworkInterface::macAddress)),
            Map.entry("interface-type", one(NetworkInterface::interfaceTypeAsString)),
            Map.entry("requester-managed", one(NetworkInterface::requesterManaged)),
            Map.entry("source-dest-check", one(NetworkInterface::sourceDestCheck)),
            Map.entry("association.public-ip", association(NetworkInterfaceAssociation::publicIp)),
            Map.entry("association.allocation-id", association(NetworkInterfaceAssociation::allocationId)),
            Map.entry("association.association-id", association(NetworkInterfaceAssociation::associationId)),
            Map.entry("association.ip-owner-id", association(NetworkInterfaceAssociation::ipOwnerId))),
            networkInterface -> SdkTags.asMap(networkInterface.tagSet()));

    private InterfaceFilters() {
    }

    private static Function<NetworkInterface, java.util.Collection<String>> attachment(
            Function<NetworkInterfaceAttachment, ?> field) {
        return one(networkInterface -> networkInterface.attachment() == null ? null
                : field.apply(networkInterface.attachment()));
    }

    private static Function<NetworkInterface, java.util.Collection<String>> association(
            Function<NetworkInterfaceAssociation, ?> field) {
        return one(networkInterface -> networkInterface.association() == null ? null
                : field.apply(networkInterface.association()));
    }
}
