package io.cloudgate.compute.openstack;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads {@link OpenStackSettings} from a properties file and/or the environment (the environment wins), using the
 * variable names of OpenStack's own clients: OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_USER_DOMAIN_NAME,
 * OS_PROJECT_NAME, OS_PROJECT_DOMAIN_NAME, OS_REGION_NAME; plus CLOUDGATE_OPENSTACK_INSTANCE_TYPES
 * ("t3.micro=m1.micro,t3.small=m1.small"), CLOUDGATE_OPENSTACK_EXTERNAL_NETWORK,
 * CLOUDGATE_OPENSTACK_ADDRESSES_PER_ACCOUNT, CLOUDGATE_OPENSTACK_TIMEOUT_SECONDS and
 * CLOUDGATE_OPENSTACK_LAUNCHES_PER_SECOND. A file uses the same names. OS_AUTH_URL must be http(s); a URL without a
 * path ("http://keystone:5000", as clouds.yaml files give it) means its /v3.
 */
public final class OpenStackSettingsLoader {
    private OpenStackSettingsLoader() {
    }

    /** From the environment, over the file when one is given (null: environment only). */
    public static OpenStackSettings load(Path file, Map<String, String> env) {
        Properties fromFile = new Properties();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("OpenStack settings file " + file + " does not exist");
            }
            try (Reader reader = Files.newBufferedReader(file)) {
                fromFile.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read OpenStack settings " + file + ": " + e.getMessage(), e);
            }
        }
        return from(name -> env.getOrDefault(name, fromFile.getProperty(name)));
    }

    /** From any lookup of the variable names above; throws IllegalArgumentException naming what is missing or bad. */
    public static OpenStackSettings from(Function<String, String> lookup) {
        OpenStackSettings defaults = OpenStackSettings.of(keystoneUrl(require(lookup, "OS_AUTH_URL")),
                require(lookup, "OS_USERNAME"), require(lookup, "OS_PASSWORD"));
        String types = lookup.apply("CLOUDGATE_OPENSTACK_INSTANCE_TYPES");
        return new OpenStackSettings(defaults.authUrl(), defaults.username(), defaults.password(),
                or(lookup, "OS_USER_DOMAIN_NAME", defaults.userDomain()),
                or(lookup, "OS_PROJECT_NAME", defaults.project()),
                or(lookup, "OS_PROJECT_DOMAIN_NAME", defaults.projectDomain()),
                or(lookup, "OS_REGION_NAME", defaults.region()),
                types == null || types.isBlank() ? defaults.instanceTypes() : parseTypes(types),
                lookup.apply("CLOUDGATE_OPENSTACK_EXTERNAL_NETWORK"),
                number(lookup, "CLOUDGATE_OPENSTACK_ADDRESSES_PER_ACCOUNT", defaults.addressesPerAccount()),
                Duration.ofSeconds(number(lookup, "CLOUDGATE_OPENSTACK_TIMEOUT_SECONDS",
                        (int) defaults.requestTimeout().toSeconds())),
                defaults.terminatedRetention(),
                number(lookup, "CLOUDGATE_OPENSTACK_LAUNCHES_PER_SECOND", defaults.launchesPerSecond()));
    }

    private static URI keystoneUrl(String text) {
        URI url;
        try {
            url = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("OpenStack setting OS_AUTH_URL is not a URL: " + text, e);
        }
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("OpenStack setting OS_AUTH_URL must be Keystone's http(s) URL, e.g. "
                    + "http://keystone.example:5000/v3, not " + text);
        }
        return url.getRawPath().isEmpty() ? URI.create(url + "/v3") : url;
    }

    static Map<String, String> parseTypes(String text) {
        Map<String, String> types = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("Instance type mapping '" + pair + "' is not aws-name=flavor-name");
            }
            types.put(parts[0].trim(), parts[1].trim());
        }
        return types;
    }

    private static String require(Function<String, String> lookup, String name) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OpenStack setting " + name + " is missing");
        }
        return value.trim();
    }

    private static String or(Function<String, String> lookup, String name, String fallback) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(Function<String, String> lookup, String name, int fallback) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("OpenStack setting " + name + " is not a number: " + value, e);
        }
    }
}
