package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.cloudstack.client.CloudStackCredentials;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads {@link CloudStackSettings} from a file ({@code .json}, or properties otherwise) overlaid by the
 * environment, which wins. Keys (file / environment):
 * {@code endpoint} / {@code CLOUDSTACK_ENDPOINT}, {@code apiKey} / {@code CLOUDSTACK_API_KEY},
 * {@code secretKey} / {@code CLOUDSTACK_SECRET_KEY}, {@code defaultZone} / {@code CLOUDSTACK_DEFAULT_ZONE},
 * {@code deploysPerSecond} / {@code CLOUDSTACK_DEPLOYS_PER_SECOND}, {@code pollIntervalSeconds},
 * {@code listCacheSeconds}, {@code catalogCacheSeconds}, {@code requestTimeoutSeconds}, and the instance types as
 * {@code instanceType.t3.micro=Small Instance} (properties), an {@code instanceTypes} object (JSON) or a file
 * named by {@code instanceTypesFile} / {@code CLOUDSTACK_INSTANCE_TYPES_FILE} (properties or JSON, same shapes);
 * the volume types likewise as {@code volumeType.gp3=Performance} or a {@code volumeTypes} object. VPCs:
 * {@code vpcZone} / {@code CLOUDSTACK_VPC_ZONE}, {@code vpcOffering} / {@code CLOUDSTACK_VPC_OFFERING},
 * {@code vpcTierOffering} / {@code CLOUDSTACK_VPC_TIER_OFFERING}, {@code vpcTierAcl} / {@code CLOUDSTACK_VPC_TIER_ACL}.
 */
public final class CloudStackSettingsLoader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_PREFIX = "instanceType.";
    private static final String VOLUME_PREFIX = "volumeType.";

    private CloudStackSettingsLoader() {
    }

    public static CloudStackSettings load(Path file, Map<String, String> environment) {
        Map<String, String> values = file == null ? new LinkedHashMap<>() : read(file);
        Function<String, String> env = name -> environment.get("CLOUDSTACK_" + name);
        override(values, "endpoint", env.apply("ENDPOINT"));
        override(values, "apiKey", env.apply("API_KEY"));
        override(values, "secretKey", env.apply("SECRET_KEY"));
        override(values, "defaultZone", env.apply("DEFAULT_ZONE"));
        override(values, "deploysPerSecond", env.apply("DEPLOYS_PER_SECOND"));
        override(values, "instanceTypesFile", env.apply("INSTANCE_TYPES_FILE"));
        override(values, "vpcZone", env.apply("VPC_ZONE"));
        override(values, "vpcOffering", env.apply("VPC_OFFERING"));
        override(values, "vpcTierOffering", env.apply("VPC_TIER_OFFERING"));
        override(values, "vpcTierAcl", env.apply("VPC_TIER_ACL"));
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> volumeTypes = new LinkedHashMap<>();
        if (values.containsKey("instanceTypesFile")) {
            Path typesFile = Path.of(values.get("instanceTypesFile"));
            Path resolved = file == null || typesFile.isAbsolute() ? typesFile : file.resolveSibling(typesFile);
            read(resolved).forEach((name, offering) -> {
                if (name.startsWith(VOLUME_PREFIX)) {
                    volumeTypes.put(name.substring(VOLUME_PREFIX.length()), offering);
                } else {
                    types.put(name.replace(TYPE_PREFIX, ""), offering);
                }
            });
        }
        values.forEach((key, value) -> {
            if (key.startsWith(TYPE_PREFIX)) {
                types.put(key.substring(TYPE_PREFIX.length()), value);
            } else if (key.startsWith(VOLUME_PREFIX)) {
                volumeTypes.put(key.substring(VOLUME_PREFIX.length()), value);
            }
        });
        CloudStackSettings defaults = CloudStackSettings.of(URI.create(required(values, "endpoint")),
                new CloudStackCredentials(required(values, "apiKey"), required(values, "secretKey")), types);
        return new CloudStackSettings(defaults.endpoint(), defaults.credentials(), types, volumeTypes,
                values.get("defaultZone"),
                number(values, "deploysPerSecond", defaults.deploysPerSecond()),
                seconds(values, "pollIntervalSeconds", defaults.pollInterval()),
                seconds(values, "listCacheSeconds", defaults.listCacheTtl()),
                seconds(values, "catalogCacheSeconds", defaults.catalogTtl()),
                seconds(values, "requestTimeoutSeconds", defaults.requestTimeout()), vpc(values));
    }

    private static CloudStackSettings.VpcSettings vpc(Map<String, String> values) {
        CloudStackSettings.VpcSettings defaults = CloudStackSettings.VpcSettings.DEFAULTS;
        return new CloudStackSettings.VpcSettings(blankToNull(values.get("vpcZone")),
                values.getOrDefault("vpcOffering", defaults.vpcOffering()).trim(),
                values.getOrDefault("vpcTierOffering", defaults.tierOffering()).trim(),
                values.getOrDefault("vpcTierAcl", defaults.tierAcl()).trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            if (file.getFileName().toString().endsWith(".json")) {
                JsonNode root = JSON.readTree(reader);
                if (root == null || !root.isObject()) {
                    throw new IllegalArgumentException(file + " must hold a JSON object");
                }
                root.fields().forEachRemaining(e -> {
                    if (e.getValue().isObject()) {
                        String prefix = e.getKey().equals("volumeTypes") ? VOLUME_PREFIX : TYPE_PREFIX;
                        e.getValue().fields().forEachRemaining(t -> values.put(prefix + t.getKey(),
                                t.getValue().asText()));
                    } else {
                        values.put(e.getKey(), e.getValue().asText());
                    }
                });
            } else {
                Properties properties = new Properties();
                properties.load(reader);
                properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read CloudStack settings " + file + ": " + e.getMessage(), e);
        }
        return values;
    }

    private static void override(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("CloudStack setting " + key + " is missing");
        }
        return value.trim();
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CloudStack setting " + key + " must be a whole number", e);
        }
    }

    private static Duration seconds(Map<String, String> values, String key, Duration fallback) {
        return values.containsKey(key) ? Duration.ofSeconds(number(values, key, 0)) : fallback;
    }
}
