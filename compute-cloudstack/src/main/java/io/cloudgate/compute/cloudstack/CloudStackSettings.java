package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.CloudStackCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the gateway reaches one CloudStack and presents it.
 *
 * @param endpoint          the API URL, e.g. {@code http://cs.example:8080/client/api}
 * @param credentials       an admin (or domain admin) key acting for linked accounts
 * @param instanceTypes     AWS instance type name to service offering name or id ("t3.micro" -> "Small Instance")
 * @param volumeTypes       AWS volume type name to disk offering name or id ("gp3" -> "Performance"); the offering
 *                          must take a custom size. Empty: every volume uses the first custom-size offering, as gp2
 * @param defaultZone       the zone of launches that name none (a CloudStack zone name), or null for the first
 * @param deploysPerSecond  how many deployVirtualMachine calls the gateway sends per second at most
 * @param pollInterval      how often pending jobs are polled
 * @param listCacheTtl      how long an account's list answers are reused
 * @param catalogTtl        how long zones, offerings and templates are reused
 * @param requestTimeout    HTTP timeout of one call
 */
public record CloudStackSettings(URI endpoint, CloudStackCredentials credentials, Map<String, String> instanceTypes,
                                 Map<String, String> volumeTypes, String defaultZone, int deploysPerSecond, Duration pollInterval,
                                 Duration listCacheTtl, Duration catalogTtl, Duration requestTimeout) {
    public CloudStackSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        instanceTypes = Map.copyOf(instanceTypes);
        volumeTypes = Map.copyOf(volumeTypes);
        if (deploysPerSecond < 1) {
            throw new IllegalArgumentException("deploysPerSecond must be at least 1");
        }
    }

    /** Defaults for everything but the endpoint, keys and offering mapping. */
    public static CloudStackSettings of(URI endpoint, CloudStackCredentials credentials,
                                        Map<String, String> instanceTypes) {
        return new CloudStackSettings(endpoint, credentials, instanceTypes, Map.of(), null, 5, Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(30));
    }
}
