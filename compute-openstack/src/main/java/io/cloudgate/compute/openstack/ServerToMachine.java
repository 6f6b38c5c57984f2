package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A Nova server (microversion 2.92) with its Neutron port and floating IP as a machine. */
final class ServerToMachine {
    /** Server metadata the adapter writes: the image's architecture, the AWS type asked for, the key pair's name. */
    static final String ARCHITECTURE = "cloudgate-architecture";
    static final String TYPE = "cloudgate-type";
    static final String KEY = "cloudgate-key";

    private ServerToMachine() {
    }

    /** The machine; storedUserData, when not null, replaces what Nova was launched with (EC2 lets it change). */
    static Machine apply(JsonNode server, JsonNode port, String publicAddress, String account, InstanceTypes types,
                         byte[] storedUserData) {
        String status = server.path("status").asText();
        String task = server.path("OS-EXT-STS:task_state").asText("");
        MachineState state = state(status, task);
        JsonNode metadata = server.path("metadata");
        String architecture = metadata.path(ARCHITECTURE).asText("x86_64");
        List<String> groups = new ArrayList<>();
        String networkId = null;
        String subnetId = null;
        String privateAddress = null;
        if (port != null) {
            port.path("security_groups").forEach(g -> groups.add(g.asText()));
            networkId = port.path("network_id").asText();
            JsonNode fixed = port.path("fixed_ips").path(0);
            subnetId = fixed.path("subnet_id").asText(null);
            privateAddress = fixed.path("ip_address").asText(null);
        }
        String userData = server.path("OS-EXT-SRV-ATTR:user_data").asText(null);
        String novaKey = server.path("key_name").asText(null);
        String keyName = metadata.path(KEY).asText(novaKey == null ? null : novaKey.substring(novaKey.indexOf('.') + 1));
        Instant launched = Instant.parse(server.path("created").asText());
        Instant changed = Instant.parse(server.path("updated").asText(server.path("created").asText()));
        return new Machine(server.path("id").asText(), account, server.path("image").path("id").asText(null),
                machineType(server, types, architecture, status.contains("RESIZE") || task.startsWith("resize")),
                server.path("OS-EXT-AZ:availability_zone").asText(null), networkId, subnetId, privateAddress,
                publicAddress,
                groups, keyName, storedUserData != null ? storedUserData
                        : userData == null ? null : Base64.getDecoder().decode(userData), state, reason(server, state),
                launched, changed.isBefore(launched) ? launched : changed, List.of(), "/dev/vda");
    }

    /** The AWS type asked for while a resize runs or while it still names the flavor; else the flavor's. */
    private static String machineType(JsonNode server, InstanceTypes types, String architecture, boolean resizing) {
        String flavor = server.path("flavor").path("original_name").asText();
        String asked = server.path("metadata").path(TYPE).asText(null);
        if (asked != null && (resizing || types.flavorName(asked).filter(flavor::equals).isPresent())) {
            return asked;
        }
        return types.awsName(flavor, architecture);
    }

    static MachineState state(String status, String task) {
        if (task.equals("deleting")) {
            return MachineState.SHUTTING_DOWN;
        }
        if (task.equals("powering-off")) {
            return MachineState.STOPPING;
        }
        if (task.equals("powering-on")) {
            return MachineState.PENDING;
        }
        return switch (status) {
            case "ACTIVE", "REBOOT", "HARD_REBOOT" -> MachineState.RUNNING;
            case "SHUTOFF", "VERIFY_RESIZE", "RESIZE" -> MachineState.STOPPED;
            case "DELETED", "SOFT_DELETED", "ERROR" -> MachineState.TERMINATED;
            default -> MachineState.PENDING;
        };
    }

    private static String reason(JsonNode server, MachineState state) {
        return switch (state) {
            case STOPPED -> "Client.UserInitiatedShutdown: User initiated shutdown";
            case TERMINATED -> server.path("status").asText().equals("ERROR")
                    ? "Server.InternalError: " + server.path("fault").path("message").asText("Internal error on launch")
                    : "Client.UserInitiatedShutdown: User initiated shutdown";
            default -> null;
        };
    }
}
