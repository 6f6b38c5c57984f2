package io.cloudgate.compute;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Machines of an account. Long operations never block: launch returns a PENDING machine and the state
 * moves on by itself; list and find show progress. Terminated machines stay listed for a while, then vanish.
 */
public interface Machines {
    /**
     * Launches one machine. Throws MACHINE_QUOTA, CAPACITY, NOT_FOUND (image, subnet, group, key) or
     * INVALID_ARGUMENT (type, address).
     */
    Machine launch(String account, LaunchSpec spec);

    List<Machine> list(String account);

    Optional<Machine> find(String account, String machineId);

    Machine start(String account, String machineId);

    Machine stop(String account, String machineId, boolean force);

    Machine reboot(String account, String machineId);

    Machine terminate(String account, String machineId);

    /** Changes the type of a STOPPED machine; INVALID_STATE otherwise. */
    Machine resize(String account, String machineId, String machineType);

    /** Replaces the user data of a STOPPED machine; INVALID_STATE otherwise. */
    Machine setUserData(String account, String machineId, byte[] userData);

    /** Sets the security groups of a machine. */
    Machine setSecurityGroups(String account, String machineId, List<String> securityGroupIds);

    /**
     * Sets whether the volume attached at the device goes with the machine when it terminates. Throws NOT_FOUND
     * when no volume is attached there.
     */
    Machine setDeleteOnTermination(String account, String machineId, String deviceName, boolean deleteOnTermination);

    /** The machine's console text so far (boot messages), possibly empty. */
    String consoleOutput(String account, String machineId);

    /**
     * What the machine used, one sample per whole minute in [from, to) that it ran and that has ended, ascending.
     * Empty when the machine is unknown or the backend reports no usage (the default).
     */
    default List<UsageSample> usage(String account, String machineId, Instant from, Instant to) {
        return List.of();
    }
}
