package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.Address;
import io.cloudgate.compute.Addresses;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Neutron floating IPs as elastic IPs. Automatic public addresses of machines are floating IPs too, told apart by
 * a tag, hidden from the list and not counted against the account's elastic IP quota.
 */
final class OpenStackAddresses implements Addresses {
    static final String AUTOMATIC_TAG = "cloudgate-automatic";

    private final Backend backend;
    private final BiFunction<String, String, Optional<Machine>> machines;
    private final MachinePorts ports;

    /** machines finds an account's machine by id, terminated ones included. */
    OpenStackAddresses(Backend backend, BiFunction<String, String, Optional<Machine>> machines) {
        this.backend = backend;
        this.machines = machines;
        this.ports = new MachinePorts(backend);
    }

    @Override
    public synchronized Address allocate(String account) {
        if (list(account).size() >= backend.settings.addressesPerAccount()) {
            throw new ComputeException(Kind.ADDRESS_QUOTA, "The maximum number of addresses has been reached");
        }
        return toAddress(create(account, null), account, Map.of());
    }

    @Override
    public List<Address> list(String account) {
        Map<String, String> machines = machineByPort(account);
        List<Address> addresses = new ArrayList<>();
        for (JsonNode ip : floatingIps(account)) {
            if (!OpenStackNetworks.tags(ip).contains(AUTOMATIC_TAG)) {
                addresses.add(toAddress(ip, account, machines));
            }
        }
        return addresses;
    }

    @Override
    public Optional<Address> find(String account, String addressId) {
        return list(account).stream().filter(a -> a.id().equals(addressId)).findFirst();
    }

    @Override
    public Address associate(String account, String addressId, String machineId) {
        find(account, addressId).orElseThrow(() -> ComputeException.notFound("Address " + addressId));
        Machine machine = machines.apply(account, machineId).orElseThrow(() -> ComputeException.notFound("Instance "
                + machineId));
        if (machine.state() == MachineState.TERMINATED || machine.state() == MachineState.SHUTTING_DOWN) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance " + machineId + " is terminated");
        }
        String project = backend.project(account);
        String portId = ports.of(project, machineId).stream().findFirst()
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance " + machineId
                        + " has no network interface"));
        releaseAutomatic(account, portId);
        for (JsonNode ip : floatingIps(account)) {
            if (portId.equals(ip.path("port_id").asText()) && !ip.path("id").asText().equals(addressId)) {
                update(project, ip.path("id").asText(), null);
            }
        }
        update(project, addressId, portId);
        return find(account, addressId).orElseThrow();
    }

    @Override
    public Address disassociate(String account, String addressId) {
        find(account, addressId).orElseThrow(() -> ComputeException.notFound("Address " + addressId));
        update(backend.project(account), addressId, null);
        return find(account, addressId).orElseThrow();
    }

    @Override
    public void release(String account, String addressId) {
        Address address = find(account, addressId).orElseThrow(() -> ComputeException.notFound("Address "
                + addressId));
        if (address.machineId() != null) {
            throw new ComputeException(Kind.IN_USE, "The address is associated with an instance");
        }
        backend.api.delete("network", backend.project(account), "/v2.0/floatingips/" + addressId)
                .require("Address " + addressId);
    }

    /** Gives the port an automatic public address. */
    void assignAutomatic(String account, String portId) {
        create(account, portId);
    }

    /** Neutron's floating IP by port id, automatic or elastic. */
    Map<String, JsonNode> floatingIpByPort(String account) {
        Map<String, JsonNode> byPort = new HashMap<>();
        for (JsonNode ip : floatingIps(account)) {
            if (ip.path("port_id").isTextual()) {
                byPort.put(ip.path("port_id").asText(), ip);
            }
        }
        return byPort;
    }

    /** Gives back the port's automatic public address, if it has one. */
    void releaseAutomatic(String account, String portId) {
        for (JsonNode ip : floatingIps(account)) {
            if (portId.equals(ip.path("port_id").asText()) && OpenStackNetworks.tags(ip).contains(AUTOMATIC_TAG)) {
                backend.api.delete("network", backend.project(account), "/v2.0/floatingips/" + ip.path("id").asText());
            }
        }
    }

    private JsonNode create(String account, String portId) {
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        ObjectNode ip = body.putObject("floatingip").put("floating_network_id", backend.externalNetwork());
        if (portId != null) {
            ip.put("port_id", portId);
        }
        JsonNode created = backend.api.post("network", project, "/v2.0/floatingips", body).require("Address").body()
                .path("floatingip");
        if (portId != null) {
            backend.api.put("network", project, "/v2.0/floatingips/" + created.path("id").asText() + "/tags/"
                    + AUTOMATIC_TAG, null).require("Address tag");
        }
        return created;
    }

    private void update(String project, String addressId, String portId) {
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("floatingip").put("port_id", portId);
        backend.api.put("network", project, "/v2.0/floatingips/" + addressId, body).require("Address " + addressId);
    }

    private JsonNode floatingIps(String account) {
        String project = backend.project(account);
        return backend.api.get("network", project, "/v2.0/floatingips?project_id=" + project).require("Addresses")
                .body().path("floatingips");
    }

    private Map<String, String> machineByPort(String account) {
        String project = backend.project(account);
        Map<String, String> machines = new HashMap<>();
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?project_id=" + project).require("Ports")
                .body().path("ports")) {
            machines.put(port.path("id").asText(), port.path("device_id").asText());
        }
        return machines;
    }

    private static Address toAddress(JsonNode ip, String account, Map<String, String> machineByPort) {
        String port = ip.path("port_id").isTextual() ? ip.path("port_id").asText() : null;
        String machine = port == null ? null : machineByPort.get(port);
        return new Address(ip.path("id").asText(), account, ip.path("floating_ip_address").asText(),
                machine == null || machine.isEmpty() ? null : machine,
                port == null ? null : ip.path("fixed_ip_address").asText(null));
    }
}
