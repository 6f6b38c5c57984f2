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
    private ServerToMachine() {
    }

    static Machine apply(JsonNode server, JsonNode port, String publicAddress, String account, InstanceTypes types) {
        MachineState state = state(server.path("status").asText(), server.path("OS-EXT-STS:task_state").asText(""));
        String architecture = server.path("metadata").path("cloudgate-architecture").asText("x86_64");
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
        String keyName = server.path("key_name").asText(null);
        Instant launched = Instant.parse(server.path("created").asText());
        Instant changed = Instant.parse(server.path("updated").asText(server.path("created").asText()));
        return new Machine(server.path("id").asText(), account, server.path("image").path("id").asText(null),
                types.awsName(server.path("flavor").path("original_name").asText(), architecture),
                server.path("OS-EXT-AZ:availability_zone").asText(null), networkId, subnetId, privateAddress,
                state == MachineState.STOPPED && !server.path("metadata").has("cloudgate-eip") ? null : publicAddress,
                groups, keyName == null ? null : keyName.substring(keyName.indexOf('.') + 1),
                userData == null ? null : Base64.getDecoder().decode(userData), state, reason(server, state),
                launched, changed.isBefore(launched) ? launched : changed, List.of(), "/dev/vda");
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
