package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Networks;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.Zone;
import io.cloudgate.store.TypedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Neutron networks as VPCs: each is a network whose CIDR is kept in its description, with a router to the external
 * network (so floating IPs reach its machines) and a security group named "default" for it. Subnets are Neutron
 * subnets tagged with their zone. The default VPC (172.31.0.0/16, one /20 per zone) is made on the account's first
 * look at its networks, as EC2 accounts come with one; the store remembers that it was, so a default VPC the account
 * deleted comes back only when asked for explicitly.
 */
final class OpenStackNetworks implements Networks {
    static final String DEFAULT_TAG = "cloudgate-default";
    private static final String ZONE_TAG = "cloudgate-zone:";
    private static final String MADE = "default-network";

    /** That an account's default network was made once. */
    record DefaultNetworkMade(String networkId) {
    }

    private final Backend backend;
    private final OpenStackSecurityGroups groups;
    private final java.util.function.Supplier<List<Zone>> zones;
    private final TypedTable<DefaultNetworkMade> made;

    OpenStackNetworks(Backend backend, OpenStackSecurityGroups groups, java.util.function.Supplier<List<Zone>> zones,
                      TypedTable<DefaultNetworkMade> made) {
        this.backend = backend;
        this.groups = groups;
        this.zones = zones;
        this.made = made;
    }

    @Override
    public synchronized Network defaultNetwork(String account) {
        Optional<Network> existing = networksOf(account).stream().filter(Network::isDefault).findFirst();
        if (existing.isPresent()) {
            made.putIfAbsent(account, MADE, new DefaultNetworkMade(existing.get().id()), null);
            return existing.get();
        }
        Network network = createNetwork(account, "172.31.0.0/16", true);
        int third = 0;
        for (Zone zone : zones.get()) {
            createSubnetIn(account, network, "172.31." + third + ".0/20", zone.name(), true);
            third += 16;
        }
        made.put(account, MADE, new DefaultNetworkMade(network.id()));
        return network;
    }

    private void ensureDefaultNetworkMade(String account) {
        if (made.get(account, MADE).isEmpty()) {
            defaultNetwork(account);
        }
    }

    @Override
    public List<Network> list(String account) {
        ensureDefaultNetworkMade(account);
        return networksOf(account);
    }

    private List<Network> networksOf(String account) {
        String project = backend.project(account);
        List<Network> networks = new ArrayList<>();
        for (JsonNode network : backend.api.get("network", project, "/v2.0/networks?project_id=" + project)
                .require("Networks").body().path("networks")) {
            networks.add(toNetwork(network, account));
        }
        return networks;
    }

    @Override
    public Optional<Network> find(String account, String networkId) {
        return list(account).stream().filter(n -> n.id().equals(networkId)).findFirst();
    }

    @Override
    public Network create(String account, String cidr) {
        Cidrs.requireNetwork(cidr);
        return createNetwork(account, cidr, false);
    }

    @Override
    public void delete(String account, String networkId) {
        Network network = find(account, networkId).orElseThrow(() -> ComputeException.notFound("Network " + networkId));
        String project = backend.project(account);
        if (subnets(account).stream().anyMatch(s -> s.networkId().equals(networkId))) {
            throw new ComputeException(Kind.IN_USE, "The network has subnets and cannot be deleted");
        }
        groups.deleteAllOf(account, network.id());
        for (JsonNode router : routers(project, networkId)) {
            backend.api.delete("network", project, "/v2.0/routers/" + router.path("id").asText());
        }
        backend.api.delete("network", project, "/v2.0/networks/" + networkId).require("Network " + networkId);
    }

    @Override
    public List<Subnet> subnets(String account) {
        ensureDefaultNetworkMade(account);
        String project = backend.project(account);
        List<Subnet> subnets = new ArrayList<>();
        for (JsonNode subnet : backend.api.get("network", project, "/v2.0/subnets?project_id=" + project)
                .require("Subnets").body().path("subnets")) {
            subnets.add(toSubnet(subnet, account, project));
        }
        return subnets;
    }

    @Override
    public Optional<Subnet> findSubnet(String account, String subnetId) {
        return subnets(account).stream().filter(s -> s.id().equals(subnetId)).findFirst();
    }

    @Override
    public Subnet createSubnet(String account, String networkId, String cidr, String zone) {
        Network network = find(account, networkId).orElseThrow(() -> ComputeException.notFound("Network " + networkId));
        Cidrs.requireSubnet(network.cidr(), cidr, subnets(account).stream()
                .filter(s -> s.networkId().equals(networkId)).map(Subnet::cidr).toList());
        String inZone = zone != null ? zone : zones.get().get(0).name();
        return createSubnetIn(account, network, cidr, inZone, false);
    }

    @Override
    public void deleteSubnet(String account, String subnetId) {
        Subnet subnet = findSubnet(account, subnetId).orElseThrow(() -> ComputeException.notFound("Subnet " + subnetId));
        String project = backend.project(account);
        if (!backend.api.get("network", project, "/v2.0/ports?device_owner=compute:" + subnet.zone()
                + "&fixed_ips=subnet_id%3D" + subnetId).require("Ports").body().path("ports").isEmpty()
                || !backend.api.get("network", project, "/v2.0/ports?device_owner=&fixed_ips=subnet_id%3D"
                + subnetId).require("Ports").body().path("ports").isEmpty()) {
            throw new ComputeException(Kind.IN_USE, "The subnet has instances and cannot be deleted");
        }
        for (JsonNode router : routers(project, subnet.networkId())) {
            ObjectNode body = backend.api.json().createObjectNode().put("subnet_id", subnetId);
            backend.api.put("network", project, "/v2.0/routers/" + router.path("id").asText()
                    + "/remove_router_interface", body);
        }
        ApiResponse deleted = backend.api.delete("network", project, "/v2.0/subnets/" + subnetId);
        if (deleted.status() == 409) {
            throw new ComputeException(Kind.IN_USE, "The subnet has instances and cannot be deleted");
        }
        deleted.require("Subnet " + subnetId);
    }

    private Network createNetwork(String account, String cidr, boolean isDefault) {
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("network").put("name", isDefault ? "default-vpc" : "vpc").put("description", cidr);
        JsonNode network = backend.api.post("network", project, "/v2.0/networks", body).require("Network").body()
                .path("network");
        String id = network.path("id").asText();
        if (isDefault) {
            backend.api.put("network", project, "/v2.0/networks/" + id + "/tags/" + DEFAULT_TAG, null)
                    .require("Network tag");
        }
        ObjectNode router = backend.api.json().createObjectNode();
        router.putObject("router").put("name", "vpc-" + id).put("description", id)
                .putObject("external_gateway_info").put("network_id", backend.externalNetwork());
        backend.api.post("network", project, "/v2.0/routers", router).require("Router");
        groups.createDefault(account, id);
        return new Network(id, account, cidr, isDefault, "available");
    }

    private Subnet createSubnetIn(String account, Network network, String cidr, String zone, boolean isDefault) {
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        Cidrs.Block block = Cidrs.parse(cidr);
        ObjectNode spec = body.putObject("subnet").put("network_id", network.id()).put("ip_version", 4)
                .put("cidr", cidr).put("enable_dhcp", false).put("name", zone)
                .put("gateway_ip", block.address(1));
        // AWS keeps the first four addresses and the last; machines start at .4 as they would there.
        spec.putArray("allocation_pools").addObject().put("start", block.address(4))
                .put("end", block.address(block.size() - 2));
        JsonNode subnet = backend.api.post("network", project, "/v2.0/subnets", body).require("Subnet").body()
                .path("subnet");
        String id = subnet.path("id").asText();
        backend.api.put("network", project, "/v2.0/subnets/" + id + "/tags/" + ZONE_TAG + zone, null);
        if (isDefault) {
            backend.api.put("network", project, "/v2.0/subnets/" + id + "/tags/" + DEFAULT_TAG, null);
        }
        for (JsonNode router : routers(project, network.id())) {
            ObjectNode iface = backend.api.json().createObjectNode().put("subnet_id", id);
            backend.api.put("network", project, "/v2.0/routers/" + router.path("id").asText()
                    + "/add_router_interface", iface).require("Router interface");
        }
        return new Subnet(id, account, network.id(), cidr, zone, isDefault, Cidrs.usable(cidr), "available");
    }

    private JsonNode routers(String project, String networkId) {
        return backend.api.get("network", project, "/v2.0/routers?project_id=" + project + "&description="
                + networkId).require("Routers").body().path("routers");
    }

    private static Network toNetwork(JsonNode network, String account) {
        boolean isDefault = tags(network).contains(DEFAULT_TAG);
        return new Network(network.path("id").asText(), account, network.path("description").asText(), isDefault,
                "available");
    }

    private Subnet toSubnet(JsonNode subnet, String account, String project) {
        List<String> tags = tags(subnet);
        String zone = tags.stream().filter(t -> t.startsWith(ZONE_TAG)).map(t -> t.substring(ZONE_TAG.length()))
                .findFirst().orElse(subnet.path("name").asText());
        String cidr = subnet.path("cidr").asText();
        // Machines' ports count from creation (Nova sets their owner only when it binds them); routers' do not.
        int used = 0;
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?fields=device_owner&fixed_ips="
                + "subnet_id%3D" + subnet.path("id").asText()).require("Ports").body().path("ports")) {
            used += port.path("device_owner").asText().startsWith("network:") ? 0 : 1;
        }
        return new Subnet(subnet.path("id").asText(), account, subnet.path("network_id").asText(), cidr, zone,
                tags.contains(DEFAULT_TAG), Cidrs.usable(cidr) - used, "available");
    }

    static List<String> tags(JsonNode resource) {
        List<String> tags = new ArrayList<>();
        resource.path("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }
}
