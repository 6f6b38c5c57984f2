package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Subnet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Neutron port each machine is launched on. The adapter creates it before the server, names it in the server's
 * metadata (Nova binds it, and sets its device id, only some time later) and deletes it when the machine goes.
 * Without a requested address a port takes the subnet's first free one, as EC2 does (Neutron picks at random).
 */
final class MachinePorts {
    /** Server metadata naming the machine's port. */
    static final String PORT = "cloudgate-port";
    private static final int MAX_ATTEMPTS = 32;

    private final Backend backend;

    MachinePorts(Backend backend) {
        this.backend = backend;
    }

    /** A new port in the subnet with the groups; INVALID_ARGUMENT when the requested address is taken. */
    JsonNode create(String project, Subnet subnet, String address, List<String> groupIds) {
        if (address != null) {
            ApiResponse created = post(project, subnet, address, groupIds);
            if (created.status() == 409 || created.status() == 400) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "Address " + address + " is not available: "
                        + created.message());
            }
            return created.require("Port").body().path("port");
        }
        Set<String> used = usedAddresses(project, subnet.id());
        Cidrs.Block block = Cidrs.parse(subnet.cidr());
        int attempts = 0;
        for (long offset = 4; offset < block.size() - 1 && attempts < MAX_ATTEMPTS; offset++) {
            String candidate = block.address(offset);
            if (used.contains(candidate)) {
                continue;
            }
            attempts++;
            ApiResponse created = post(project, subnet, candidate, groupIds);
            if (created.status() != 409) {
                return created.require("Port").body().path("port");
            }
        }
        throw new ComputeException(Kind.CAPACITY, "The subnet " + subnet.id() + " has no free addresses");
    }

    /** The machine's port: the one its metadata names, else those Nova bound to it. */
    Set<String> of(String project, String serverId) {
        Set<String> ports = new LinkedHashSet<>();
        ApiResponse server = backend.api.get("compute", project, "/servers/" + serverId);
        if (server.ok()) {
            String named = server.body().path("server").path("metadata").path(PORT).asText("");
            if (!named.isEmpty()) {
                ports.add(named);
            }
        }
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?device_id=" + serverId)
                .require("Ports").body().path("ports")) {
            ports.add(port.path("id").asText());
        }
        return ports;
    }

    void delete(String project, String portId) {
        ApiResponse deleted = backend.api.delete("network", project, "/v2.0/ports/" + portId);
        if (deleted.status() != 404) {
            deleted.require("Port " + portId);
        }
    }

    private ApiResponse post(String project, Subnet subnet, String address, List<String> groupIds) {
        ObjectNode body = backend.api.json().createObjectNode();
        ObjectNode port = body.putObject("port").put("network_id", subnet.networkId());
        ObjectNode fixed = port.putArray("fixed_ips").addObject().put("subnet_id", subnet.id());
        if (address != null) {
            fixed.put("ip_address", address);
        }
        port.putPOJO("security_groups", groupIds);
        return backend.api.post("network", project, "/v2.0/ports", body);
    }

    private Set<String> usedAddresses(String project, String subnetId) {
        Set<String> used = new HashSet<>();
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?fixed_ips=subnet_id%3D" + subnetId)
                .require("Ports").body().path("ports")) {
            port.path("fixed_ips").forEach(ip -> used.add(ip.path("ip_address").asText()));
        }
        return used;
    }
}
