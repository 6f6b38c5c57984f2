package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.Zone;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.Ipv4Block;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.subnets.SubnetAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/**
 * Where a launch goes: the subnet (named, or the default subnet of the default VPC in the requested zone),
 * the security groups (by id, by name in the default VPC, or the VPC's default group), the private address
 * and whether a public one is wanted. The primary network interface may carry these instead.
 */
final class NetworkPlacement {
    /**
     * @param subnet         null where the cloud has no subnet to pick (it then places the machine itself)
     * @param hostnameType   the subnet's hostname type for new instances
     */
    record Resolved(Subnet subnet, String networkId, String zone, List<String> groupIds, String privateAddress,
                    boolean assignPublicAddress, String hostnameType) {
    }

    private final Ec2Context context;
    private final NetworkLookup networks;
    private final SubnetAttributes subnetAttributes;

    NetworkPlacement(Ec2Context context) {
        this.context = context;
        this.networks = new NetworkLookup(context);
        this.subnetAttributes = new SubnetAttributes(context.store());
    }

    Resolved resolve(String account, RunInstancesRequest request) {
        InstanceNetworkInterfaceSpecification primary = primaryInterface(request);
        String subnetId = primary != null ? primary.subnetId() : request.subnetId();
        List<String> groupIds = primary != null ? primary.groups() : request.securityGroupIds();
        String privateAddress = primary != null ? primary.privateIpAddress() : request.privateIpAddress();
        String zone = requestedZone(request);
        Network defaultNetwork = networks.defaultNetwork(account);
        Subnet subnet = subnetId != null ? networks.subnet(account, subnetId) : defaultSubnet(account,
                defaultNetwork, zone);
        if (subnet != null && zone != null && !zone.equals(subnet.zone())) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + zone + ") for parameter "
                    + "availabilityZone is invalid. Subnet " + subnetId + " is in availability zone " + subnet.zone());
        }
        String networkId = subnet != null ? subnet.networkId() : defaultNetwork.id();
        boolean inDefaultNetwork = networkId.equals(defaultNetwork.id());
        String awsSubnetId = subnet == null ? null : networks.subnetId(subnet.id());
        List<String> groups = groups(account, networkId, inDefaultNetwork, awsSubnetId, groupIds,
                request.securityGroups());
        SubnetAttributes.Values attributes = subnet == null ? null
                : subnetAttributes.of(account, awsSubnetId, subnet.isDefault());
        boolean assignPublic = primary != null && primary.associatePublicIpAddress() != null
                ? primary.associatePublicIpAddress()
                : attributes == null || attributes.mapPublicIpOnLaunch();
        checkAddress(privateAddress, subnet);
        return new Resolved(subnet, networkId, subnet != null ? subnet.zone() : zone, groups, privateAddress,
                assignPublic, attributes == null ? "ip-name" : attributes.hostnameType());
    }

    /** The one interface a launch may describe (device index 0, new); anything more is not supported. */
    private static InstanceNetworkInterfaceSpecification primaryInterface(RunInstancesRequest request) {
        if (request.networkInterfaces().isEmpty()) {
            return null;
        }
        InstanceNetworkInterfaceSpecification primary = request.networkInterfaces().getFirst();
        if (request.networkInterfaces().size() > 1 || primary.networkInterfaceId() != null
                || (primary.deviceIndex() != null && primary.deviceIndex() != 0)) {
            throw AwsException.badRequest("Unsupported", "The requested configuration is currently not supported. "
                    + "Please check the documentation for supported configurations.");
        }
        if (request.subnetId() != null) {
            throw combination("Network interfaces and an instance-level subnet ID may not be specified on the "
                    + "same request");
        }
        if (!request.securityGroupIds().isEmpty() || !request.securityGroups().isEmpty()) {
            throw combination("Network interfaces and an instance-level security groups may not be specified on "
                    + "the same request");
        }
        if (request.privateIpAddress() != null) {
            throw combination("Network interfaces and an instance-level private IP address should not be "
                    + "specified on the same request");
        }
        return primary;
    }

    private String requestedZone(RunInstancesRequest request) {
        String zone = request.placement() == null ? null : request.placement().availabilityZone();
        // Terraform sends Placement.AvailabilityZone= (empty) when no zone is configured; AWS reads it as absent.
        if (zone == null || zone.isEmpty()) {
            return null;
        }
        if (context.compute().zones().list().stream().map(Zone::name).noneMatch(zone::equals)) {
            throw AwsException.badRequest("InvalidParameterValue", "Invalid availability zone: [" + zone + "]");
        }
        return zone;
    }

    /** The default VPC's default subnet in the zone, or in the first zone when none is asked for. */
    private Subnet defaultSubnet(String account, Network defaultNetwork, String zone) {
        return networks.subnets(account).stream()
                .filter(subnet -> subnet.networkId().equals(defaultNetwork.id()) && subnet.isDefault())
                .filter(subnet -> zone == null || zone.equals(subnet.zone()))
                .min(Comparator.comparing(Subnet::zone))
                .orElse(null);
    }

    private List<String> groups(String account, String networkId, boolean inDefaultNetwork, String subnetId,
                                List<String> groupIds, List<String> groupNames) {
        Set<String> result = new LinkedHashSet<>();
        for (String groupId : groupIds) {
            SecurityGroup group = networks.group(account, groupId);
            if (!group.networkId().equals(networkId)) {
                throw AwsException.badRequest("InvalidParameter", "Security group " + groupId + " and subnet "
                        + subnetId + " belong to different networks.");
            }
            result.add(group.id());
        }
        if (!groupNames.isEmpty() && !inDefaultNetwork) {
            throw combination("The parameter groupName cannot be used with the parameter subnet");
        }
        List<SecurityGroup> inNetwork = groupNames.isEmpty() && !result.isEmpty() ? List.of()
                : networks.groups(account).stream().filter(group -> group.networkId().equals(networkId)).toList();
        for (String name : groupNames) {
            result.add(inNetwork.stream().filter(group -> group.name().equals(name)).findFirst()
                    .orElseThrow(() -> AwsException.badRequest("InvalidGroup.NotFound", "The security group '"
                            + name + "' does not exist in default VPC '" + networks.vpcId(networkId) + "'"))
                    .id());
        }
        if (result.isEmpty()) {
            inNetwork.stream().filter(group -> group.name().equals("default")).findFirst()
                    .ifPresent(group -> result.add(group.id()));
        }
        return new ArrayList<>(result);
    }

    private static void checkAddress(String address, Subnet subnet) {
        if (address == null) {
            return;
        }
        Optional<Long> value = Ipv4Block.address(address);
        if (value.isEmpty()) {
            throw AwsException.badRequest("InvalidParameterValue", "Invalid value '" + address
                    + "' for IP address. The IP address must be a valid IPv4 address.");
        }
        Optional<Ipv4Block> range = subnet == null ? Optional.empty() : Ipv4Block.parse(subnet.cidr());
        if (range.isPresent() && !range.get().contains(new Ipv4Block(value.get(), 32))) {
            throw AwsException.badRequest("InvalidParameterValue", "Address " + address
                    + " does not fall within the subnet's address range");
        }
    }

    private static AwsException combination(String message) {
        return AwsException.badRequest("InvalidParameterCombination", message);
    }
}
