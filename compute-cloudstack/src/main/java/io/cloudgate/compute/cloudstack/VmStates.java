package io.cloudgate.compute.cloudstack;

import io.cloudgate.compute.MachineState;

/**
 * CloudStack VM states as EC2 states, with AWS's state reasons. CloudStack shows a VM being deployed as
 * {@code Stopped} before {@code Starting}, and a VM being stopped as {@code Running} until the job ends, so
 * the job tracker's view overrides these while a job is pending.
 */
public final class VmStates {
    public static final String USER_SHUTDOWN = "Client.UserInitiatedShutdown: User initiated shutdown";
    public static final String INTERNAL_ERROR = "Server.InternalError: Internal error on launch";
    public static final String NO_CAPACITY = "Server.InsufficientInstanceCapacity: Insufficient capacity";

    /** A state and why. */
    public record Mapped(MachineState state, String reason) {
    }

    private VmStates() {
    }

    public static Mapped of(String cloudStackState) {
        return switch (cloudStackState == null ? "" : cloudStackState) {
            case "Starting", "Migrating" -> new Mapped(MachineState.PENDING, null);
            case "Running" -> new Mapped(MachineState.RUNNING, null);
            case "Stopping", "Shutdown" -> new Mapped(MachineState.STOPPING, USER_SHUTDOWN);
            case "Stopped" -> new Mapped(MachineState.STOPPED, USER_SHUTDOWN);
            case "Expunging" -> new Mapped(MachineState.SHUTTING_DOWN, USER_SHUTDOWN);
            case "Destroyed" -> new Mapped(MachineState.TERMINATED, USER_SHUTDOWN);
            case "Error" -> new Mapped(MachineState.TERMINATED, INTERNAL_ERROR);
            default -> new Mapped(MachineState.PENDING, null);
        };
    }
}
