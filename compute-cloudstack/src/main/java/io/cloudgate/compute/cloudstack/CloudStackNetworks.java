package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Networks;
import io.cloudgate.compute.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic default network (one default subnet per zone, on the zone's shared guest network) plus the
 * tenant's VPCs and their tiers (isolated networks of a VPC) as subnets. A CloudStack VPC belongs to one zone
 * ({@link VpcPlacement}), so its subnets are all in that zone. Creating a VPC returns at once (the job starting its
 * router runs on, as a launch does); deleting a VPC or a tier and making a tier wait as the adapter's short jobs do.
 * Ranges are checked here first, with EC2's rules, so CloudStack's refusals are the exception.
 */
final class CloudStackNetworks implements Networks {
    private static final String VPC = "VPC";
    private static final String SUBNET = "subnet";

    private final Backend backend;
    private final VpcPlacement placement;
    private final TierAddresses addresses;

    CloudStackNetworks(Backend backend) {
        this.backend = backend;
        this.placement = new VpcPlacement(backend);
        this.addresses = new TierAddresses(backend);
    }

    @Override
    public Network defaultNetwork(String account) {
        return NetworkMappers.defaultNetwork(account, defaultCidr(account));
    }

    private List<JsonNode> sharedNetworks(String account) {
        return backend.list(account, "listNetworks", Map.of("type", "Shared"), "network", SUBNET);
    }

    private String defaultCidr(String account) {
        return DefaultNetwork.cidr(sharedNetworks(account).stream().map(n -> Fields.text(n, "cidr")).toList());
    }

    private List<JsonNode> vpcs(String account) {
        return backend.list(account, "listVPCs", Map.of(), "vpc", "network");
    }

    private List<JsonNode> isolatedNetworks(String account) {
        return backend.list(account, "listNetworks", Map.of("type", "Isolated"), "network", SUBNET);
    }

    @Override
    public List<Network> list(String account) {
        List<Network> networks = new ArrayList<>();
        networks.add(defaultNetwork(account));
        vpcs(account).forEach(vpc -> networks.add(NetworkMappers.vpc(vpc, account)));
        return networks;
    }

    @Override
    public Optional<Network> find(String account, String networkId) {
        return list(account).stream().filter(n -> n.id().equals(networkId)).findFirst();
    }

    private JsonNode requireVpc(String account, String networkId) {
        return vpcs(account).stream().filter(v -> networkId.equals(Fields.text(v, "id"))).findFirst()
                .orElseThrow(() -> ComputeException.notFound("The network"));
    }

    @Override
    public Network create(String account, String cidr) {
        Cidr range = Cidr.tryParse(cidr).filter(r -> r.prefix() >= 16 && r.prefix() <= 28)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR block " + cidr
                        + " is invalid: a VPC takes an IPv4 block from /16 to /28"));
        JsonNode zone = placement.zone();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "vpc-" + range.toString().replace('/', '-'));
        params.put("displaytext", "VPC " + range);
        params.put("zoneid", Fields.text(zone, "id"));
        params.put("vpcofferingid", placement.vpcOffering(account));
        params.put("cidr", range.toString());
        AsyncJob job = backend.submit(account, "createVPC", params, VPC);
        return new Network(job.resourceId(), account, range.toString(), false, "pending");
    }

    @Override
    public void delete(String account, String networkId) {
        if (DefaultNetwork.isDefaultNetwork(account, networkId)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The default VPC of this cloud cannot be deleted");
        }
        requireVpc(account, networkId);
        if (isolatedNetworks(account).stream().anyMatch(n -> networkId.equals(Fields.text(n, "vpcid")))) {
            throw new ComputeException(Kind.IN_USE, "The VPC has subnets and cannot be deleted");
        }
        backend.submitAndWait(account, "deleteVPC", Map.of("id", networkId), VPC, "success");
    }

    @Override
    public List<Subnet> subnets(String account) {
        List<Subnet> subnets = new ArrayList<>();
        List<JsonNode> shared = sharedNetworks(account);
        String networkCidr = defaultCidr(account);
        for (JsonNode zone : Backend.guard("zone", backend.catalog::zones)) {
            JsonNode sharedNetwork = shared.stream()
                    .filter(n -> Fields.text(zone, "id").equals(Fields.text(n, "zoneid"))).findFirst().orElse(null);
            subnets.add(NetworkMappers.defaultSubnet(account, zone, sharedNetwork, networkCidr));
        }
        for (JsonNode network : isolatedNetworks(account)) {
            int used = addresses.used(account, Fields.text(network, "id")).size();
            subnets.add(NetworkMappers.subnet(network, account, used));
        }
        return subnets;
    }

    @Override
    public Optional<Subnet> findSubnet(String account, String subnetId) {
        return subnets(account).stream().filter(s -> s.id().equals(subnetId)).findFirst();
    }

    @Override
    public Subnet createSubnet(String account, String networkId, String cidr, String zone) {
        if (DefaultNetwork.isDefaultNetwork(account, networkId)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The default VPC's subnets are the zones' shared"
                    + " networks on this cloud; create a VPC for subnets of your own");
        }
        JsonNode vpc = requireVpc(account, networkId);
        Cidr range = Cidr.tryParse(cidr).filter(r -> r.prefix() >= 16 && r.prefix() <= 28)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr
                        + "' is invalid: a subnet takes an IPv4 block from /16 to /28"));
        Cidr vpcRange = Cidr.tryParse(Fields.text(vpc, "cidr")).orElseThrow(() -> new ComputeException(
                Kind.UNAVAILABLE, "The VPC has no address range"));
        if (!vpcRange.contains(range)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' is invalid: it is outside"
                    + " the VPC's range " + vpcRange);
        }
        List<JsonNode> tiers = isolatedNetworks(account).stream()
                .filter(n -> networkId.equals(Fields.text(n, "vpcid"))).toList();
        if (tiers.stream().anyMatch(t -> Cidr.tryParse(Fields.text(t, "cidr")).map(range::overlaps).orElse(false))) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' conflicts with another"
                    + " subnet");
        }
        String vpcZone = Fields.text(vpc, "zonename");
        if (zone != null && !zone.equals(vpcZone)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Value (" + zone + ") for parameter availabilityZone"
                    + " is invalid: this VPC's subnets can only be in " + vpcZone + ", the zone the VPC is in");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "subnet-" + range.toString().replace('/', '-'));
        params.put("displaytext", "subnet " + range);
        params.put("zoneid", Fields.text(vpc, "zoneid"));
        params.put("networkofferingid", placement.tierOffering(account));
        params.put("vpcid", networkId);
        params.put("gateway", range.address(1));
        params.put("netmask", range.netmask());
        params.put("aclid", placement.tierAcl(account, networkId));
        JsonNode network = backend.call(account, "createNetwork", params, SUBNET).path("network");
        return NetworkMappers.subnet(network, account, 0);
    }

    @Override
    public void deleteSubnet(String account, String subnetId) {
        if (DefaultNetwork.zoneOfSubnet(account, subnetId) != null) {
            findSubnet(account, subnetId).orElseThrow(() -> ComputeException.notFound("The subnet"));
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The default subnets of this cloud cannot be deleted");
        }
        JsonNode tier = isolatedNetworks(account).stream().filter(n -> subnetId.equals(Fields.text(n, "id")))
                .findFirst().orElseThrow(() -> ComputeException.notFound("The subnet"));
        if (!addresses.used(account, Fields.text(tier, "id")).isEmpty()) {
            throw new ComputeException(Kind.IN_USE, "The subnet has instances and cannot be deleted");
        }
        backend.submitAndWait(account, "deleteNetwork", Map.of("id", subnetId), SUBNET, "success");
    }
}
