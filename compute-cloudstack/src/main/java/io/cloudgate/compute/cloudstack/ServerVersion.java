package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.CloudStackClient;
import java.util.Map;

/**
 * What the endpoint's CloudStack version decides for the adapter, asked once ({@code listCapabilities}'
 * {@code cloudstackversion}, e.g. "4.21.0.0") and kept; a failed ask is asked again next time.
 */
final class ServerVersion {
    private final CloudStackClient client;
    private volatile Boolean keepsStatsHistory;

    ServerVersion(CloudStackClient client) {
        this.client = client;
    }

    /**
     * Whether the server keeps each VM's statistics per collection and serves them by time
     * (listVirtualMachinesUsageHistory, since 4.17): then listVirtualMachines' I/O figures are sums over the kept
     * collections, not counters (see {@link UsageHistory}).
     */
    boolean keepsStatsHistory() {
        Boolean known = keepsStatsHistory;
        if (known == null) {
            JsonNode capability = Backend.guard("cloud", () -> client.execute("listCapabilities", Map.of()))
                    .path("capability");
            known = isAtLeast(Fields.text(capability, "cloudstackversion"), 4, 17);
            keepsStatsHistory = known;
        }
        return known;
    }

    /** Whether a version such as "4.17.0.0" or "4.18.1.0-SNAPSHOT" is at least major.minor; unreadable: no. */
    static boolean isAtLeast(String version, int major, int minor) {
        if (version == null) {
            return false;
        }
        String[] parts = version.trim().split("[^0-9]+", 3);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return false;
        }
        try {
            int actualMajor = Integer.parseInt(parts[0]);
            int actualMinor = Integer.parseInt(parts[1]);
            return actualMajor > major || (actualMajor == major && actualMinor >= minor);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
