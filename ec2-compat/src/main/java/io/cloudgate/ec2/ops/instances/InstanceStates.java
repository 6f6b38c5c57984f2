package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.InstanceState;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.StateReason;

/** EC2's instance states (name and code) and the reasons it gives for them. */
final class InstanceStates {
    private static final DateTimeFormatter REASON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final String USER_SHUTDOWN = "Client.UserInitiatedShutdown";
    private static final Map<String, String> REASON_MESSAGES = Map.of(
            USER_SHUTDOWN, "User initiated shutdown",
            "Client.InstanceInitiatedShutdown", "Instance initiated shutdown",
            "Server.InternalError", "Internal error on launch",
            "Server.InsufficientInstanceCapacity", "Insufficient capacity to satisfy launch request",
            "Server.ScheduledStop", "Stopped due to scheduled retirement",
            "Client.VolumeLimitExceeded", "Volume limit exceeded");

    private InstanceStates() {
    }

    static InstanceStateName name(MachineState state) {
        return switch (state) {
            case PENDING -> InstanceStateName.PENDING;
            case RUNNING -> InstanceStateName.RUNNING;
            case SHUTTING_DOWN -> InstanceStateName.SHUTTING_DOWN;
            case TERMINATED -> InstanceStateName.TERMINATED;
            case STOPPING -> InstanceStateName.STOPPING;
            case STOPPED -> InstanceStateName.STOPPED;
        };
    }

    static int code(MachineState state) {
        return switch (state) {
            case PENDING -> 0;
            case RUNNING -> 16;
            case SHUTTING_DOWN -> 32;
            case TERMINATED -> 48;
            case STOPPING -> 64;
            case STOPPED -> 80;
        };
    }

    static InstanceState of(MachineState state) {
        return InstanceState.builder().code(code(state)).name(name(state)).build();
    }

    /** Whether the instance is on its way out or already out (stopping, stopped, shutting down, terminated). */
    private static boolean wentDown(MachineState state) {
        return state != MachineState.PENDING && state != MachineState.RUNNING;
    }

    /** The state reason EC2 shows for stopped and terminated instances; null while pending or running. */
    static StateReason reason(Machine machine) {
        if (!wentDown(machine.state())) {
            return null;
        }
        String code = reasonCode(machine);
        String reason = machine.stateReason();
        String message = reason != null && reason.startsWith(code + ": ") ? reason
                : code + ": " + REASON_MESSAGES.getOrDefault(code, code);
        return StateReason.builder().code(code).message(message).build();
    }

    /** "User initiated (2024-01-02 03:04:05 GMT)" after a stop or termination, empty otherwise. */
    static String transitionReason(Machine machine) {
        if (!wentDown(machine.state()) || machine.stateChangedAt() == null) {
            return "";
        }
        String who = reasonCode(machine).startsWith("Server.") ? "Server initiated" : "User initiated";
        return who + " (" + REASON_TIME.format(machine.stateChangedAt()) + " GMT)";
    }

    /**
     * The cloud's reason code when it gives one in EC2's form ("Server.InternalError", optionally followed by
     * ": " and a message), else a user's request.
     */
    private static String reasonCode(Machine machine) {
        String reason = machine.stateReason();
        if (reason != null && (reason.startsWith("Client.") || reason.startsWith("Server."))) {
            int colon = reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }
        return USER_SHUTDOWN;
    }
}
