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
 * @param vpc               where and how VPCs and their subnets (tiers) are made
 */
public record CloudStackSettings(URI endpoint, CloudStackCredentials credentials, Map<String, String> instanceTypes,
                                 Map<String, String> volumeTypes, String defaultZone, int deploysPerSecond, Duration pollInterval,
                                 Duration listCacheTtl, Duration catalogTtl, Duration requestTimeout,
                                 VpcSettings vpc) {
    /**
     * CloudStack VPCs belong to one zone and their tiers are isolated networks filtered by a network ACL list.
     *
     * @param zone          the zone of new VPCs (a zone name), or null for the first advanced zone without security
     *                      groups
     * @param vpcOffering   the VPC offering, by name
     * @param tierOffering  the network offering of tiers (one for VPC networks), by name
     * @param tierAcl       the network ACL list of new tiers by name: default_allow, default_deny or one of the VPC's
     */
    public record VpcSettings(String zone, String vpcOffering, String tierOffering, String tierAcl) {
        public static final VpcSettings DEFAULTS = new VpcSettings(null, "Default VPC offering",
                "DefaultIsolatedNetworkOfferingForVpcNetworks", "default_allow");

        public VpcSettings {
            Objects.requireNonNull(vpcOffering, "vpcOffering");
            Objects.requireNonNull(tierOffering, "tierOffering");
            Objects.requireNonNull(tierAcl, "tierAcl");
        }
    }

    public CloudStackSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(vpc, "vpc");
        instanceTypes = Map.copyOf(instanceTypes);
        volumeTypes = Map.copyOf(volumeTypes);
        if (deploysPerSecond < 1) {
            throw new IllegalArgumentException("deploysPerSecond must be at least 1");
        }
    }

    /** With the default VPC settings. */
    public CloudStackSettings(URI endpoint, CloudStackCredentials credentials, Map<String, String> instanceTypes,
                              Map<String, String> volumeTypes, String defaultZone, int deploysPerSecond,
                              Duration pollInterval, Duration listCacheTtl, Duration catalogTtl, Duration requestTimeout) {
        this(endpoint, credentials, instanceTypes, volumeTypes, defaultZone, deploysPerSecond, pollInterval,
                listCacheTtl, catalogTtl, requestTimeout, VpcSettings.DEFAULTS);
    }

    /** Defaults for everything but the endpoint, keys and offering mapping. */
    public static CloudStackSettings of(URI endpoint, CloudStackCredentials credentials,
                                        Map<String, String> instanceTypes) {
        return new CloudStackSettings(endpoint, credentials, instanceTypes, Map.of(), null, 5, Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(30));
    }
}
