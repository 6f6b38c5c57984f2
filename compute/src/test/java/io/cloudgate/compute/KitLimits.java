package io.cloudgate.compute;

/**
 * The limits the backend under test enforces, so the kit can run into them. A kit test skips itself when
 * a limit is too large to reach quickly.
 *
 * @param machinesPerAccount  machines (not terminated) one account may have
 * @param vcpuCapacity        vCPUs of the whole cloud
 * @param volumeGibPerAccount total volume size one account may have
 * @param addressesPerAccount allocated public addresses one account may hold
 */
public record KitLimits(int machinesPerAccount, int vcpuCapacity, int volumeGibPerAccount, int addressesPerAccount) {
}
