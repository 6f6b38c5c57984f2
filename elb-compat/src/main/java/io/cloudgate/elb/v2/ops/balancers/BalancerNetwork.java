package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Subnet;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A balancer's subnets and security groups, checked against the account's EC2 network: subnets must exist, lie in
 * one VPC and (for application balancers) span two zones; groups must exist in that VPC. Without subnets the
 * default VPC's default subnets are used (AWS requires them; this spares local scripts the lookup).
 */
final class BalancerNetwork {
    private final Ec2Context ec2;
    private final NetworkLookup lookup;

    /** @param vpcId the VPC's AWS id; subnetIds in request order */
    record Placement(String vpcId, List<String> subnetIds) {
    }

    BalancerNetwork(Ec2Context ec2) {
        this.ec2 = ec2;
        this.lookup = new NetworkLookup(ec2);
    }

    Placement subnets(String account, List<String> subnetIds, boolean network) {
        List<Subnet> subnets = new ArrayList<>();
        if (subnetIds.isEmpty()) {
            String defaultNetwork = lookup.defaultNetwork(account).id();
            lookup.subnets(account).stream().filter(subnet -> subnet.networkId().equals(defaultNetwork)
                    && subnet.isDefault()).sorted((a, b) -> a.zone().compareTo(b.zone())).limit(network ? 1 : 2)
                    .forEach(subnets::add);
        }
        for (String subnetId : new LinkedHashSet<>(subnetIds)) {
            if (subnetId == null) {
                throw AwsException.validation("A subnet ID must be specified");
            }
            try {
                subnets.add(lookup.subnet(account, subnetId));
            } catch (AwsException e) {
                throw AwsException.badRequest("SubnetNotFound", "The subnet ID '" + subnetId + "' is not valid");
            }
        }
        Set<String> networks = new LinkedHashSet<>();
        Set<String> zones = new LinkedHashSet<>();
        for (Subnet subnet : subnets) {
            networks.add(subnet.networkId());
            if (!zones.add(subnet.zone())) {
                throw AwsException.badRequest("InvalidConfigurationRequest",
                        "A load balancer cannot be attached to multiple subnets in the same Availability Zone");
            }
        }
        if (networks.size() > 1) {
            throw AwsException.badRequest("InvalidConfigurationRequest",
                    "All subnets must belong to the same VPC");
        }
        if (!network && zones.size() < 2) {
            throw AwsException.badRequest("InvalidConfigurationRequest",
                    "At least two subnets in two different Availability Zones must be specified");
        }
        if (subnets.isEmpty()) {
            throw AwsException.badRequest("InvalidConfigurationRequest", "At least one subnet must be specified");
        }
        return new Placement(lookup.vpcId(networks.iterator().next()),
                subnets.stream().map(subnet -> lookup.subnetId(subnet.id())).toList());
    }

    /** The groups, checked to be in the VPC; none given: the VPC's default group (application balancers). */
    List<String> securityGroups(String account, String vpcId, List<String> groupIds, boolean network) {
        String networkId = lookup.network(account, vpcId).id();
        if (groupIds.isEmpty()) {
            return network ? List.of() : lookup.groups(account).stream()
                    .filter(group -> group.networkId().equals(networkId) && group.name().equals("default"))
                    .map(group -> lookup.groupId(group.id())).limit(1).toList();
        }
        List<String> checked = new ArrayList<>();
        for (String groupId : new LinkedHashSet<>(groupIds)) {
            SecurityGroup group;
            try {
                group = lookup.group(account, groupId);
            } catch (AwsException e) {
                throw AwsException.badRequest("InvalidSecurityGroup",
                        "The security group '" + groupId + "' does not exist");
            }
            if (!group.networkId().equals(networkId)) {
                throw AwsException.badRequest("InvalidSecurityGroup", "The security group '" + groupId
                        + "' does not belong to the VPC '" + vpcId + "'");
            }
            checked.add(groupId);
        }
        return checked;
    }

    /** The zone of each subnet id, for rendering. */
    String zoneOf(String account, String subnetId) {
        try {
            return lookup.subnet(account, subnetId).zone();
        } catch (AwsException e) {
            return ec2.region() + "a";
        }
    }
}
