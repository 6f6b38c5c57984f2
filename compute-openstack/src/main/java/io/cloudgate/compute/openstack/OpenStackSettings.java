package io.cloudgate.compute.openstack;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the gateway reaches one OpenStack and presents it.
 *
 * @param authUrl             Keystone v3, e.g. {@code http://keystone.example:5000/v3}
 * @param username            an admin user; it is given the admin role on each tenant's project
 * @param password            its password
 * @param userDomain          the user's domain name ("Default")
 * @param project             the project the admin user authenticates in ("admin")
 * @param projectDomain       the domain of that project and of the tenants' projects ("Default")
 * @param region              the catalog region ("RegionOne")
 * @param instanceTypes       AWS instance type name to Nova flavor name, in the order types are offered
 * @param externalNetwork     the Neutron external network floating IPs come from, or null for the first one
 * @param addressesPerAccount elastic IPs one account may hold (automatic public addresses do not count)
 * @param requestTimeout      HTTP timeout of one call
 * @param terminatedRetention how long terminated machines stay listed
 * @param launchesPerSecond   server creations sent to Nova per second at most; a burst waits its turn
 */
public record OpenStackSettings(URI authUrl, String username, String password, String userDomain, String project,
                                String projectDomain, String region, Map<String, String> instanceTypes,
                                String externalNetwork, int addressesPerAccount, Duration requestTimeout,
                                Duration terminatedRetention, int launchesPerSecond) {
    /** The mapping used when none is configured: AWS names onto the flavors openstack/seed.py creates. */
    public static final Map<String, String> DEFAULT_TYPES = defaultTypes();

    public OpenStackSettings {
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        instanceTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(instanceTypes));
        if (addressesPerAccount < 1) {
            throw new IllegalArgumentException("addressesPerAccount must be at least 1");
        }
        if (launchesPerSecond < 1) {
            throw new IllegalArgumentException("launchesPerSecond must be at least 1");
        }
    }

    /** Defaults for everything but where Keystone is and who signs in. */
    public static OpenStackSettings of(URI authUrl, String username, String password) {
        return new OpenStackSettings(authUrl, username, password, "Default", "admin", "Default", "RegionOne",
                DEFAULT_TYPES, null, 5, Duration.ofSeconds(15), Duration.ofHours(1), 10);
    }

    public OpenStackSettings withAddressesPerAccount(int addresses) {
        return new OpenStackSettings(authUrl, username, password, userDomain, project, projectDomain, region,
                instanceTypes, externalNetwork, addresses, requestTimeout, terminatedRetention, launchesPerSecond);
    }

    private static Map<String, String> defaultTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("t3.micro", "m1.micro");
        types.put("t3.small", "m1.small");
        types.put("t3.medium", "m1.medium");
        types.put("t3.large", "m1.large");
        types.put("m5.xlarge", "m1.xlarge");
        types.put("t4g.micro", "m1.micro");
        types.put("t4g.small", "m1.small");
        return java.util.Collections.unmodifiableMap(types);
    }
}
