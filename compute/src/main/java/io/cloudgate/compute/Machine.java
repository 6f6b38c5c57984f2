package io.cloudgate.compute;

import java.time.Instant;
import java.util.List;

/**
 * A virtual machine as the cloud reports it.
 *
 * @param stateReason   why it is in its state when the cloud says ("User initiated", "Server.InternalError"), or null
 * @param stateChangedAt when the state last changed
 * @param loopbackAddress an address of 127.0.0.0/8 on which the gateway's host reaches the machine (a simulated
 *                        cloud serves its machines there); unique among the cloud's machines not terminated, or
 *                        null when the backend has none
 */
public record Machine(String id, String owner, String imageId, String machineType, String zone, String networkId,
                      String subnetId, String privateAddress, String publicAddress, List<String> securityGroupIds,
                      String keyName, byte[] userData, MachineState state, String stateReason,
                      Instant launchedAt, Instant stateChangedAt, List<AttachedDisk> disks,
                      String rootDeviceName, String loopbackAddress) {
    /** A machine without a loopback address. */
    public Machine(String id, String owner, String imageId, String machineType, String zone, String networkId,
                   String subnetId, String privateAddress, String publicAddress, List<String> securityGroupIds,
                   String keyName, byte[] userData, MachineState state, String stateReason,
                   Instant launchedAt, Instant stateChangedAt, List<AttachedDisk> disks, String rootDeviceName) {
        this(id, owner, imageId, machineType, zone, networkId, subnetId, privateAddress, publicAddress,
                securityGroupIds, keyName, userData, state, stateReason, launchedAt, stateChangedAt, disks,
                rootDeviceName, null);
    }
}
