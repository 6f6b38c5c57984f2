package io.cloudgate.gateway;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of one gateway process.
 *
 * @param masterKeyFile        key that encrypts secret access keys at rest; kept outside the data directory
 * @param maxBodyBytes         larger request bodies are refused with 413
 * @param requestTimeout       a request whose bytes have not all arrived after this long is answered 408
 * @param idleTimeout          keep-alive connections idle this long are closed
 * @param requestsPerSecond    token-bucket rate per access key
 * @param sigV2Enabled         accept SignatureVersion=2 query requests
 * @param cloudLimits          quotas and capacity of the embedded cloud
 */
public record GatewayConfig(String bind, int port, Path dataDir, String region, Path masterKeyFile,
                            int maxBodyBytes, Duration requestTimeout, Duration idleTimeout,
                            int requestsPerSecond, boolean sigV2Enabled, Duration shutdownGrace,
                            CloudLimits cloudLimits) {
    /**
     * Limits of the embedded cloud, reported to clients as AWS reports its own.
     *
     * @param machineQuotaPerAccount   machines (not terminated) one account may have
     * @param vcpuCapacity             vCPUs of the whole cloud, shared by every account's running machines
     * @param volumeQuotaGibPerAccount GiB of volumes (root volumes included) one account may have
     */
    public record CloudLimits(int machineQuotaPerAccount, int vcpuCapacity, int volumeQuotaGibPerAccount) {
    }
}
