package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.Machines;
import io.cloudgate.compute.Subnet;
import io.cloudgate.store.TypedTable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nova servers, each launched on a Neutron port the adapter creates first (so the subnet, the private address and
 * the security groups are the caller's); Nova answers at once with BUILD and the server moves on by itself.
 * Terminated servers vanish from Nova, so the adapter keeps a copy for the retention period.
 */
final class OpenStackMachines implements Machines {
    private final Backend backend;
    private final OpenStackNetworks networks;
    private final OpenStackImages images;
    private final OpenStackKeyPairs keyPairs;
    private final OpenStackAddresses addresses;
    private final OpenStackSecurityGroups groups;
    private final TypedTable<Machine> terminated;

    OpenStackMachines(Backend backend, OpenStackNetworks networks, OpenStackImages images, OpenStackKeyPairs keyPairs,
                      OpenStackAddresses addresses, OpenStackSecurityGroups groups, TypedTable<Machine> terminated) {
        this.groups = groups;
        this.backend = backend;
        this.networks = networks;
        this.images = images;
        this.keyPairs = keyPairs;
        this.addresses = addresses;
        this.terminated = terminated;
    }

    @Override
    public Machine launch(String account, LaunchSpec spec) {
        String project = backend.project(account);
        Image image = images.find(account, spec.imageId()).orElseThrow(() -> ComputeException.notFound("Image "
                + spec.imageId()));
        String flavor = backend.types.flavorName(spec.machineType()).orElseThrow(() -> new ComputeException(
                Kind.INVALID_ARGUMENT, "The instance type '" + spec.machineType() + "' is not offered"));
        if (!InstanceTypes.architecture(spec.machineType()).equals(image.architecture())) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The architecture '" + image.architecture()
                    + "' of the image is incompatible with the instance type " + spec.machineType());
        }
        if (spec.keyName() != null && !keyPairs.exists(account, spec.keyName())) {
            throw ComputeException.notFound("Key pair " + spec.keyName());
        }
        Subnet subnet = subnet(account, spec);
        List<String> groupIds = spec.securityGroupIds() == null || spec.securityGroupIds().isEmpty()
                ? List.of(defaultGroup(account, subnet.networkId())) : spec.securityGroupIds();
        JsonNode port = createPort(account, project, subnet, spec.privateAddress(), groupIds);
        String portId = port.path("id").asText();
        ObjectNode body = backend.api.json().createObjectNode();
        ObjectNode server = body.putObject("server").put("name", "i-" + account).put("imageRef", image.id())
                .put("flavorRef", flavorId(project, flavor)).put("availability_zone", subnet.zone());
        server.putArray("networks").addObject().put("port", portId);
        if (spec.keyName() != null) {
            server.put("key_name", OpenStackKeyPairs.novaName(project, spec.keyName()));
        }
        if (spec.userData() != null) {
            server.put("user_data", Base64.getEncoder().encodeToString(spec.userData()));
        }
        server.putObject("metadata").put("cloudgate-architecture", image.architecture());
        ApiResponse created = backend.api.post("compute", project, "/servers", body);
        if (!created.ok()) {
            backend.api.delete("network", project, "/v2.0/ports/" + portId);
            if (created.status() == 403 || created.status() == 413) {
                throw new ComputeException(Kind.MACHINE_QUOTA, "Your quota allows no more instances");
            }
            throw created.failure("Instance");
        }
        String serverId = created.body().path("server").path("id").asText();
        if (spec.assignPublicAddress()) {
            addresses.assignAutomatic(account, portId);
        }
        return find(account, serverId).orElseThrow();
    }

    @Override
    public List<Machine> list(String account) {
        String project = backend.project(account);
        Map<String, JsonNode> ports = new HashMap<>();
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?project_id=" + project)
                .require("Ports").body().path("ports")) {
            ports.putIfAbsent(port.path("device_id").asText(), port);
            ports.putIfAbsent("port:" + port.path("id").asText(), port);
        }
        Map<String, String> publicByPort = addresses.publicAddressByPort(account);
        List<Machine> machines = new ArrayList<>();
        for (JsonNode server : backend.api.get("compute", project, "/servers/detail").require("Instances").body()
                .path("servers")) {
            JsonNode port = ports.get(server.path("id").asText());
            String publicAddress = port == null ? null : publicByPort.get(port.path("id").asText());
            machines.add(ServerToMachine.apply(server, port, publicAddress, account, backend.types));
        }
        for (Machine gone : terminated.scan(account, null, 1000)) {
            if (machines.stream().noneMatch(m -> m.id().equals(gone.id()))) {
                machines.add(gone);
            }
        }
        return machines;
    }

    @Override
    public Optional<Machine> find(String account, String machineId) {
        return list(account).stream().filter(m -> m.id().equals(machineId)).findFirst();
    }

    @Override
    public Machine start(String account, String machineId) {
        Machine machine = require(account, machineId);
        if (machine.state() == MachineState.RUNNING || machine.state() == MachineState.PENDING) {
            return machine;
        }
        if (machine.state() != MachineState.STOPPED) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance is " + machine.state());
        }
        action(account, machineId, "os-start");
        return find(account, machineId).orElse(machine);
    }

    @Override
    public Machine stop(String account, String machineId, boolean force) {
        Machine machine = require(account, machineId);
        if (machine.state() == MachineState.STOPPED || machine.state() == MachineState.STOPPING) {
            return machine;
        }
        if (machine.state() != MachineState.RUNNING) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance is " + machine.state());
        }
        action(account, machineId, "os-stop");
        return find(account, machineId).orElse(machine);
    }

    @Override
    public Machine reboot(String account, String machineId) {
        Machine machine = require(account, machineId);
        if (machine.state() != MachineState.RUNNING) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance is " + machine.state());
        }
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("reboot").put("type", "SOFT");
        backend.api.post("compute", backend.project(account), "/servers/" + machineId + "/action", body)
                .require("Instance " + machineId);
        return machine;
    }

    @Override
    public Machine terminate(String account, String machineId) {
        Machine machine = require(account, machineId);
        if (machine.state() == MachineState.TERMINATED) {
            return machine;
        }
        String project = backend.project(account);
        addresses.releaseAutomaticOf(account, machineId);
        backend.api.delete("compute", project, "/servers/" + machineId).require("Instance " + machineId);
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?device_id=" + machineId).body()
                .path("ports")) {
            backend.api.delete("network", project, "/v2.0/ports/" + port.path("id").asText());
        }
        Machine gone = new Machine(machine.id(), account, machine.imageId(), machine.machineType(), machine.zone(),
                machine.networkId(), machine.subnetId(), machine.privateAddress(), null, List.of(), machine.keyName(),
                machine.userData(), MachineState.TERMINATED, "Client.UserInitiatedShutdown: User initiated shutdown",
                machine.launchedAt(), backend.clock.instant(), List.of(), machine.rootDeviceName());
        terminated.putIfAbsent(account, machineId, gone, backend.settings.terminatedRetention());
        return new Machine(gone.id(), account, gone.imageId(), gone.machineType(), gone.zone(), gone.networkId(),
                gone.subnetId(), gone.privateAddress(), null, List.of(), gone.keyName(), gone.userData(),
                MachineState.SHUTTING_DOWN, gone.stateReason(), gone.launchedAt(), gone.stateChangedAt(), List.of(),
                gone.rootDeviceName());
    }

    @Override
    public Machine resize(String account, String machineId, String machineType) {
        Machine machine = requireStopped(account, machineId);
        String flavor = backend.types.flavorName(machineType).orElseThrow(() -> new ComputeException(
                Kind.INVALID_ARGUMENT, "The instance type '" + machineType + "' is not offered"));
        throw new ComputeException(Kind.INVALID_ARGUMENT, "Changing the type of " + machine.id() + " to " + flavor
                + " is not supported by this cloud yet");
    }

    @Override
    public Machine setUserData(String account, String machineId, byte[] userData) {
        requireStopped(account, machineId);
        throw new ComputeException(Kind.INVALID_ARGUMENT, "Changing user data is not supported by this cloud yet");
    }

    @Override
    public Machine setSecurityGroups(String account, String machineId, List<String> securityGroupIds) {
        Machine machine = require(account, machineId);
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("port").putPOJO("security_groups", securityGroupIds);
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?device_id=" + machineId).body()
                .path("ports")) {
            backend.api.put("network", project, "/v2.0/ports/" + port.path("id").asText(), body)
                    .require("Security groups");
        }
        return find(account, machineId).orElse(machine);
    }

    @Override
    public Machine setDeleteOnTermination(String account, String machineId, String deviceName,
                                          boolean deleteOnTermination) {
        require(account, machineId);
        throw ComputeException.notFound("Volume at " + deviceName);
    }

    @Override
    public String consoleOutput(String account, String machineId) {
        require(account, machineId);
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("os-getConsoleOutput");
        return backend.api.post("compute", backend.project(account), "/servers/" + machineId + "/action", body)
                .require("Instance " + machineId).body().path("output").asText("");
    }

    private Machine require(String account, String machineId) {
        return find(account, machineId).orElseThrow(() -> ComputeException.notFound("Instance " + machineId));
    }

    private Machine requireStopped(String account, String machineId) {
        Machine machine = require(account, machineId);
        if (machine.state() != MachineState.STOPPED) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance is not stopped");
        }
        return machine;
    }

    private void action(String account, String machineId, String action) {
        ObjectNode body = backend.api.json().createObjectNode();
        body.putNull(action);
        ApiResponse response = backend.api.post("compute", backend.project(account), "/servers/" + machineId
                + "/action", body);
        if (response.status() == 409) {
            throw new ComputeException(Kind.INVALID_STATE, response.message());
        }
        response.require("Instance " + machineId);
    }

    private Subnet subnet(String account, LaunchSpec spec) {
        if (spec.subnetId() != null) {
            return networks.findSubnet(account, spec.subnetId()).orElseThrow(() -> ComputeException.notFound(
                    "Subnet " + spec.subnetId()));
        }
        String network = networks.defaultNetwork(account).id();
        return networks.subnets(account).stream()
                .filter(s -> s.networkId().equals(network) && s.isDefault()
                        && (spec.zone() == null || s.zone().equals(spec.zone())))
                .findFirst().orElseThrow(() -> ComputeException.notFound("Default subnet"));
    }

    private String defaultGroup(String account, String networkId) {
        return groups.list(account).stream()
                .filter(g -> g.networkId().equals(networkId) && g.name().equals("default")).findFirst()
                .orElseThrow(() -> ComputeException.notFound("Default security group")).id();
    }

    private JsonNode createPort(String account, String project, Subnet subnet, String address, List<String> ids) {
        for (String group : ids) {
            if (groups.find(account, group).isEmpty()) {
                throw ComputeException.notFound("Security group " + group);
            }
        }
        ObjectNode body = backend.api.json().createObjectNode();
        ObjectNode port = body.putObject("port").put("network_id", subnet.networkId());
        ObjectNode fixed = port.putArray("fixed_ips").addObject().put("subnet_id", subnet.id());
        if (address != null) {
            fixed.put("ip_address", address);
        }
        port.putPOJO("security_groups", ids);
        ApiResponse created = backend.api.post("network", project, "/v2.0/ports", body);
        if (created.status() == 409 || created.status() == 400) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Address " + address + " is not available: "
                    + created.message());
        }
        return created.require("Port").body().path("port");
    }

    private String flavorId(String project, String flavorName) {
        JsonNode flavors = backend.api.get("compute", project, "/flavors").require("Flavors").body().path("flavors");
        return InstanceTypes.flavor(flavors, flavorName).map(f -> f.path("id").asText())
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "Flavor " + flavorName + " is gone"));
    }
}
