package io.cloudgate.compute.embedded;

/**
 * What the web-server image's page calls a machine. The compute layer knows only its own ids; the gateway names
 * machines by their EC2 instance id.
 */
@FunctionalInterface
public interface MachineNames {
    /** The machine id itself. */
    MachineNames BACKEND_IDS = (account, machineId) -> machineId;

    String nameOf(String account, String machineId);
}
