package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Networks;
import io.cloudgate.compute.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic default network (one default subnet per zone, on the zone's shared guest network) plus the
 * tenant's VPCs and their tiers. Creating VPCs and tiers needs offering choices this adapter does not make yet,
 * so create/delete answer INVALID_ARGUMENT.
 */
final class CloudStackNetworks implements Networks {
    private final Backend backend;

    CloudStackNetworks(Backend backend) {
        this.backend = backend;
    }

    @Override
    public Network defaultNetwork(String account) {
        return NetworkMappers.defaultNetwork(account, defaultCidr(account));
    }

    private List<JsonNode> sharedNetworks(String account) {
        return backend.list(account, "listNetworks", Map.of("type", "Shared"), "network", "subnet");
    }

    private String defaultCidr(String account) {
        return DefaultNetwork.cidr(sharedNetworks(account).stream().map(n -> Fields.text(n, "cidr")).toList());
    }

    @Override
    public List<Network> list(String account) {
        List<Network> networks = new ArrayList<>();
        networks.add(defaultNetwork(account));
        backend.list(account, "listVPCs", Map.of(), "vpc", "network")
                .forEach(vpc -> networks.add(NetworkMappers.vpc(vpc, account)));
        return networks;
    }

    @Override
    public Optional<Network> find(String account, String networkId) {
        return list(account).stream().filter(n -> n.id().equals(networkId)).findFirst();
    }

    @Override
    public Network create(String account, String cidr) {
        throw unsupported();
    }

    @Override
    public void delete(String account, String networkId) {
        find(account, networkId).orElseThrow(() -> ComputeException.notFound("The network"));
        throw unsupported();
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
        backend.list(account, "listNetworks", Map.of("type", "Isolated"), "network", "subnet")
                .forEach(n -> subnets.add(NetworkMappers.subnet(n, account)));
        return subnets;
    }

    @Override
    public Optional<Subnet> findSubnet(String account, String subnetId) {
        return subnets(account).stream().filter(s -> s.id().equals(subnetId)).findFirst();
    }

    @Override
    public Subnet createSubnet(String account, String networkId, String cidr, String zone) {
        find(account, networkId).orElseThrow(() -> ComputeException.notFound("The network"));
        throw unsupported();
    }

    @Override
    public void deleteSubnet(String account, String subnetId) {
        findSubnet(account, subnetId).orElseThrow(() -> ComputeException.notFound("The subnet"));
        throw unsupported();
    }

    private static ComputeException unsupported() {
        return new ComputeException(Kind.INVALID_ARGUMENT, "Creating networks is not supported by this cloud yet");
    }
}
