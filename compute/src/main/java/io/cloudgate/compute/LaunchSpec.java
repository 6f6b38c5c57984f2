package io.cloudgate.compute;

import java.util.List;

/**
 * What to launch.
 *
 * @param subnetId          null means a default subnet of the account's default network (in zone, if given)
 * @param privateAddress    a requested private address, or null for the next free one
 * @param assignPublicAddress also give the machine a public address
 * @param userData          raw bytes, may be null
 */
public record LaunchSpec(String imageId, String machineType, String zone, String subnetId,
                         List<String> securityGroupIds, String keyName, byte[] userData, List<DiskSpec> disks,
                         String privateAddress, boolean assignPublicAddress) {
}
