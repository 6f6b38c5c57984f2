package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.KeyPair;
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
import java.util.Set;

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
    private final MachinePorts ports;
    private final LaunchGate launches;
    private final TypedTable<MachineUserData> userDataTable;

    OpenStackMachines(Backend backend, OpenStackNetworks networks, OpenStackImages images, OpenStackKeyPairs keyPairs,
                      OpenStackAddresses addresses, OpenStackSecurityGroups groups, TypedTable<Machine> terminated,
                      TypedTable<MachineUserData> userData) {
        this.userDataTable = userData;
        this.ports = new MachinePorts(backend);
        this.launches = new LaunchGate(backend.settings.launchesPerSecond(), backend.settings.requestTimeout());
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
        KeyPair key = spec.keyName() == null ? null : keyPairs.find(account, spec.keyName())
                .orElseThrow(() -> ComputeException.notFound("Key pair " + spec.keyName()));
        Subnet subnet = subnet(account, spec);
        List<String> groupIds = spec.securityGroupIds() == null || spec.securityGroupIds().isEmpty()
                ? List.of(defaultGroup(account, subnet.networkId())) : spec.securityGroupIds();
        for (String group : groupIds) {
            if (groups.find(account, group).isEmpty()) {
                throw ComputeException.notFound("Security group " + group);
            }
        }
        JsonNode port = ports.create(project, subnet, spec.privateAddress(), groupIds);
        String portId = port.path("id").asText();
        ObjectNode body = backend.api.json().createObjectNode();
        ObjectNode server = body.putObject("server").put("name", "i-" + account).put("imageRef", image.id())
                .put("flavorRef", flavorId(project, flavor)).put("availability_zone", subnet.zone());
        server.putArray("networks").addObject().put("port", portId);
        ObjectNode metadata = server.putObject("metadata").put(ServerToMachine.ARCHITECTURE, image.architecture())
                .put(ServerToMachine.TYPE, spec.machineType()).put(MachinePorts.PORT, portId);
        if (key != null) {
            keyPairs.novaKeyFor(account, key).ifPresent(novaKey -> server.put("key_name", novaKey));
            metadata.put(ServerToMachine.KEY, key.name());
        }
        if (spec.userData() != null) {
            server.put("user_data", Base64.getEncoder().encodeToString(spec.userData()));
        }
        ApiResponse created = launches.launch(() -> backend.api.post("compute", project, "/servers", body));
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
        Map<String, JsonNode> portById = new HashMap<>();
        for (JsonNode port : backend.api.get("network", project, "/v2.0/ports?project_id=" + project)
                .require("Ports").body().path("ports")) {
            portById.putIfAbsent(port.path("device_id").asText(), port);
            portById.putIfAbsent("port:" + port.path("id").asText(), port);
        }
        Map<String, JsonNode> publicByPort = addresses.floatingIpByPort(account);
        List<Machine> machines = new ArrayList<>();
        for (JsonNode server : backend.api.get("compute", project, "/servers/detail").require("Instances").body()
                .path("servers")) {
            String id = server.path("id").asText();
            JsonNode port = portById.getOrDefault("port:" + server.path("metadata").path(MachinePorts.PORT).asText(),
                    portById.get(id));
            JsonNode floating = port == null ? null : publicByPort.get(port.path("id").asText());
            MachineState state = ServerToMachine.state(server.path("status").asText(),
                    server.path("OS-EXT-STS:task_state").asText(""));
            // An automatic public address is EC2's to give back on stop; an elastic one stays.
            String publicAddress = floating == null || state == MachineState.STOPPED
                    && OpenStackNetworks.tags(floating).contains(OpenStackAddresses.AUTOMATIC_TAG) ? null
                    : floating.path("floating_ip_address").asText();
            if (server.path("status").asText().equals("VERIFY_RESIZE")) {
                confirmResize(project, id);
            }
            machines.add(ServerToMachine.apply(server, port, publicAddress, account, backend.types,
                    userDataTable.get(account, id).map(MachineUserData::bytes).orElse(null)));
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
        Set<String> machinePorts = ports.of(project, machineId);
        machinePorts.forEach(port -> addresses.releaseAutomatic(account, port));
        backend.api.delete("compute", project, "/servers/" + machineId).require("Instance " + machineId);
        machinePorts.forEach(port -> ports.delete(project, port));
        Machine gone = new Machine(machine.id(), account, machine.imageId(), machine.machineType(), machine.zone(),
                machine.networkId(), machine.subnetId(), machine.privateAddress(), null, List.of(), machine.keyName(),
                machine.userData(), MachineState.TERMINATED, "Client.UserInitiatedShutdown: User initiated shutdown",
                machine.launchedAt(), backend.clock.instant(), List.of(), machine.rootDeviceName());
        terminated.putIfAbsent(account, machineId, gone, backend.settings.terminatedRetention());
        userDataTable.delete(account, machineId);
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
        String architecture = images.find(account, machine.imageId()).map(Image::architecture).orElse("x86_64");
        if (!InstanceTypes.architecture(machineType).equals(architecture)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The instance type " + machineType
                    + " does not run images of architecture " + architecture);
        }
        String project = backend.project(account);
        ObjectNode meta = backend.api.json().createObjectNode();
        meta.putObject("meta").put(ServerToMachine.TYPE, machineType);
        backend.api.put("compute", project, "/servers/" + machineId + "/metadata/" + ServerToMachine.TYPE, meta)
                .require("Instance " + machineId);
        if (!backend.types.flavorName(machine.machineType()).orElse("").equals(flavor)) {
            ObjectNode body = backend.api.json().createObjectNode();
            body.putObject("resize").put("flavorRef", flavorId(project, flavor));
            ApiResponse resized = backend.api.post("compute", project, "/servers/" + machineId + "/action", body);
            if (resized.status() == 409) {
                throw new ComputeException(Kind.INVALID_STATE, resized.message());
            }
            resized.require("Instance " + machineId);
        }
        return find(account, machineId).orElse(machine);
    }

    @Override
    public Machine setUserData(String account, String machineId, byte[] userData) {
        requireStopped(account, machineId);
        userDataTable.put(account, machineId, new MachineUserData(userData == null ? new byte[0] : userData));
        return require(account, machineId);
    }

    @Override
    public Machine setSecurityGroups(String account, String machineId, List<String> securityGroupIds) {
        Machine machine = require(account, machineId);
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("port").putPOJO("security_groups", securityGroupIds);
        for (String port : ports.of(project, machineId)) {
            backend.api.put("network", project, "/v2.0/ports/" + port, body).require("Security groups");
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

    /** Resizes of stopped machines are confirmed as soon as Nova has done them: EC2 has no confirmation step. */
    private void confirmResize(String project, String serverId) {
        ObjectNode body = backend.api.json().createObjectNode();
        body.putNull("confirmResize");
        backend.api.post("compute", project, "/servers/" + serverId + "/action", body);
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

    private String flavorId(String project, String flavorName) {
        JsonNode flavors = backend.api.get("compute", project, "/flavors").require("Flavors").body().path("flavors");
        return InstanceTypes.flavor(flavors, flavorName).map(f -> f.path("id").asText())
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "Flavor " + flavorName + " is gone"));
    }
}
