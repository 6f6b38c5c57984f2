package io.cloudgate.elb.classic;

import io.cloudgate.compute.Compute;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Subnet;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a classic balancer lives in EC2 terms: its VPC, subnets (one per zone) and security groups. Zones alone
 * mean the default VPC's default subnets of those zones, as for a balancer created in a default VPC.
 */
final class Placement {
    private final Ec2Context ec2;

    Placement(Ec2Context ec2) {
        this.ec2 = ec2;
    }

    /** @param vpcId AWS id */
    record Resolved(String vpcId, List<String> zones, List<String> subnets) {
    }

    /** From the subnets when any are given, else from the zones. */
    Resolved resolve(String account, List<String> zones, List<String> subnetIds) {
        if (subnetIds != null && !subnetIds.isEmpty()) {
            return fromSubnets(account, subnetIds, null);
        }
        if (zones == null || zones.isEmpty()) {
            throw ClassicErrors.validation("Either AvailabilityZones or SubnetIds must be specified");
        }
        Compute compute = ec2.compute();
        Network network = compute.networks().defaultNetwork(account);
        List<String> subnets = new ArrayList<>();
        for (String zone : new LinkedHashSet<>(zones)) {
            Subnet subnet = compute.networks().subnets(account).stream()
                    .filter(s -> s.networkId().equals(network.id()) && s.isDefault() && s.zone().equals(zone))
                    .findFirst()
                    .orElseThrow(() -> ClassicErrors.validation("Invalid Availability Zone: " + zone));
            subnets.add(ec2.ids().toAws(ResourceKind.SUBNET, subnet.id()));
        }
        return new Resolved(ec2.ids().toAws(ResourceKind.VPC, network.id()), List.copyOf(new LinkedHashSet<>(zones)),
                subnets);
    }

    /**
     * The subnets' VPC and zones; they must be in one VPC (expectedVpcId when not null) and at most one per zone.
     */
    Resolved fromSubnets(String account, List<String> subnetIds, String expectedVpcId) {
        String networkId = null;
        Set<String> zones = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(subnetIds));
        for (String subnetId : ids) {
            Subnet subnet = subnet(account, subnetId).orElseThrow(() -> ClassicErrors.subnetNotFound(subnetId));
            if (networkId != null && !networkId.equals(subnet.networkId())) {
                throw ClassicErrors.invalidConfiguration("Subnets must all be in the same VPC");
            }
            networkId = subnet.networkId();
            if (!zones.add(subnet.zone())) {
                throw ClassicErrors.invalidConfiguration(
                        "Only one subnet per Availability Zone may be specified: " + subnet.zone());
            }
        }
        String vpcId = ec2.ids().toAws(ResourceKind.VPC, networkId);
        if (expectedVpcId != null && !expectedVpcId.equals(vpcId)) {
            throw ClassicErrors.invalidSubnet("Subnets must be in the load balancer's VPC " + expectedVpcId);
        }
        return new Resolved(vpcId, List.copyOf(zones), ids);
    }

    /** The zone of one of the account's subnets. */
    String zoneOf(String account, String subnetId) {
        return subnet(account, subnetId).map(Subnet::zone).orElseThrow(() -> ClassicErrors.subnetNotFound(subnetId));
    }

    /** The security groups checked to be the VPC's; none given means the VPC's default group. */
    List<String> securityGroups(String account, String vpcId, List<String> groupIds) {
        String networkId = ec2.ids().toBackend(ResourceKind.VPC, vpcId).orElse(null);
        if (groupIds == null || groupIds.isEmpty()) {
            return ec2.compute().securityGroups().list(account).stream()
                    .filter(g -> g.networkId().equals(networkId) && g.name().equals("default"))
                    .map(g -> ec2.ids().toAws(ResourceKind.SECURITY_GROUP, g.id()))
                    .limit(1).toList();
        }
        List<String> checked = new ArrayList<>();
        for (String groupId : new LinkedHashSet<>(groupIds)) {
            group(account, groupId).filter(g -> g.networkId().equals(networkId))
                    .orElseThrow(() -> ClassicErrors.invalidSecurityGroup(groupId));
            checked.add(groupId);
        }
        return checked;
    }

    /** The group's name, for SourceSecurityGroup; null when it is gone. */
    String groupName(String account, String groupId) {
        return group(account, groupId).map(SecurityGroup::name).orElse(null);
    }

    private Optional<Subnet> subnet(String account, String subnetId) {
        if (subnetId == null || !ResourceKind.SUBNET.isWellFormed(subnetId)) {
            return Optional.empty();
        }
        return ec2.ids().toBackend(ResourceKind.SUBNET, subnetId)
                .flatMap(id -> ec2.compute().networks().findSubnet(account, id));
    }

    private Optional<SecurityGroup> group(String account, String groupId) {
        if (groupId == null || !ResourceKind.SECURITY_GROUP.isWellFormed(groupId)) {
            return Optional.empty();
        }
        return ec2.ids().toBackend(ResourceKind.SECURITY_GROUP, groupId)
                .flatMap(id -> ec2.compute().securityGroups().find(account, id));
    }
}
