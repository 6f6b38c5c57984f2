package io.cloudgate.compute;

import java.time.Instant;
import java.util.List;

/**
 * A virtual machine as the cloud reports it.
 *
 * @param stateReason   why it is in its state when the cloud says ("User initiated", "Server.InternalError"), or null
 * @param stateChangedAt when the state last changed
 */
public record Machine(String id, String owner, String imageId, String machineType, String zone, String networkId,
                      String subnetId, String privateAddress, String publicAddress, List<String> securityGroupIds,
                      String keyName, byte[] userData, MachineState state, String stateReason,
                      Instant launchedAt, Instant stateChangedAt, List<AttachedDisk> disks,
                      String rootDeviceName) {
}
