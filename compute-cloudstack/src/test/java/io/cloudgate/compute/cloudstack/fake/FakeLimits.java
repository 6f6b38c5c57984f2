package io.cloudgate.compute.cloudstack.fake;

/**
 * The resource limits every account of the fake has (CloudStack's per-account limits).
 *
 * @param vmsPerAccount       {@code user_vm}
 * @param storageGibPerAccount {@code primary_storage}, in GiB, counting every volume including ROOT
 * @param publicIpsPerAccount {@code public_ip}, counting the addresses the account acquired itself
 */
public record FakeLimits(int vmsPerAccount, int storageGibPerAccount, int publicIpsPerAccount) {
}
