package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Image;
import io.cloudgate.compute.MachineType;
import java.time.Duration;
import java.util.List;

/**
 * How the embedded cloud behaves: its zones, how long transitions take, its limits and catalogs.
 *
 * @param zones                    zone names; {@link #defaults()} uses the region plus "a", "b", "c"
 * @param bootDelay                PENDING to RUNNING
 * @param stopDelay                STOPPING to STOPPED
 * @param terminateDelay           SHUTTING_DOWN to TERMINATED
 * @param terminatedRetention      how long terminated machines stay listed
 * @param volumeCreateDelay        a volume's "creating" phase
 * @param snapshotDuration         a snapshot's "pending" phase (progress grows linearly over it)
 * @param imageDelay               an account image's "pending" phase
 * @param machineQuotaPerAccount   non-terminated machines an account may have
 * @param vcpuCapacity             vCPUs of the whole cloud, shared by the machines that are not stopped or terminated
 * @param volumeQuotaGibPerAccount total size in GiB of an account's volumes (root volumes included)
 * @param addressQuotaPerAccount   public addresses an account may hold (allocated, not automatic ones)
 * @param publicAddressPool        IPv4 blocks public addresses come from
 * @param webServerPortOffset      added to port 80 where machines of the web-server image serve HTTP (a user
 *                                 without the right to bind port 80 uses e.g. 8000, so they serve on 8080)
 */
public record EmbeddedSettings(String region, List<String> zones, Duration bootDelay, Duration stopDelay,
                               Duration terminateDelay, Duration terminatedRetention, Duration volumeCreateDelay,
                               Duration snapshotDuration, Duration imageDelay, int machineQuotaPerAccount,
                               int vcpuCapacity, int volumeQuotaGibPerAccount, int addressQuotaPerAccount,
                               List<String> publicAddressPool, List<Image> images, List<MachineType> machineTypes,
                               int webServerPortOffset) {
    private static final int WEB_SERVER_PORT = 80;

    public EmbeddedSettings {
        zones = List.copyOf(zones);
        publicAddressPool = List.copyOf(publicAddressPool);
        images = List.copyOf(images);
        machineTypes = List.copyOf(machineTypes);
        if (webServerPortOffset < 0 || WEB_SERVER_PORT + webServerPortOffset > 65535) {
            throw new IllegalArgumentException("Web server port offset out of range: " + webServerPortOffset);
        }
    }

    /** us-east-1 with zones a-c, AWS-like limits, and the documentation address ranges as public pool. */
    public static EmbeddedSettings defaults() {
        return new EmbeddedSettings("us-east-1", zonesOf("us-east-1"), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2), 20, 1024, 5000, 5,
                List.of("203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24"),
                ImageCatalog.standard(), MachineTypeCatalog.standard(), 0);
    }

    /** The same settings in another region (zones follow the region). */
    public EmbeddedSettings withRegion(String newRegion) {
        return new EmbeddedSettings(newRegion, zonesOf(newRegion), bootDelay, stopDelay, terminateDelay,
                terminatedRetention, volumeCreateDelay, snapshotDuration, imageDelay, machineQuotaPerAccount,
                vcpuCapacity, volumeQuotaGibPerAccount, addressQuotaPerAccount, publicAddressPool, images,
                machineTypes, webServerPortOffset);
    }

    /** The same settings with other limits. */
    public EmbeddedSettings withLimits(int machinesPerAccount, int cloudVcpus, int volumeGibPerAccount,
                                       int addressesPerAccount) {
        return new EmbeddedSettings(region, zones, bootDelay, stopDelay, terminateDelay, terminatedRetention,
                volumeCreateDelay, snapshotDuration, imageDelay, machinesPerAccount, cloudVcpus, volumeGibPerAccount,
                addressesPerAccount, publicAddressPool, images, machineTypes, webServerPortOffset);
    }

    /** The same settings with another public address pool. */
    public EmbeddedSettings withPublicAddressPool(List<String> cidrs) {
        return new EmbeddedSettings(region, zones, bootDelay, stopDelay, terminateDelay, terminatedRetention,
                volumeCreateDelay, snapshotDuration, imageDelay, machineQuotaPerAccount, vcpuCapacity,
                volumeQuotaGibPerAccount, addressQuotaPerAccount, cidrs, images, machineTypes, webServerPortOffset);
    }

    /** The same settings with machines of the web-server image serving on port 80 plus the offset. */
    public EmbeddedSettings withWebServerPortOffset(int offset) {
        return new EmbeddedSettings(region, zones, bootDelay, stopDelay, terminateDelay, terminatedRetention,
                volumeCreateDelay, snapshotDuration, imageDelay, machineQuotaPerAccount, vcpuCapacity,
                volumeQuotaGibPerAccount, addressQuotaPerAccount, publicAddressPool, images, machineTypes, offset);
    }

    /** Where machines of the web-server image serve HTTP. */
    public int webServerPort() {
        return WEB_SERVER_PORT + webServerPortOffset;
    }

    private static List<String> zonesOf(String region) {
        return List.of(region + "a", region + "b", region + "c");
    }
}
