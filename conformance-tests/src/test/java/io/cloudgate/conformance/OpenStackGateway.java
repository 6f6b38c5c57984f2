package io.cloudgate.conformance;

import io.cloudgate.compute.openstack.OpenStackCloud;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

/**
 * A gateway started with {@code --backend openstack} on the local OpenStack that compute-openstack's
 * {@link OpenStackCloud} boots with openstack/start.sh once per JVM (or reuses, given CLOUDGATE_OPENSTACK_STATE).
 * Skipped with a printed notice, as OpenStackCloud decides (packages missing, or the tests not asked for).
 */
final class OpenStackGateway {
    /** Servers of the fake driver change state within seconds, but the shared machine may be slow: 2 minutes. */
    static final Consumer<WaiterOverrideConfiguration.Builder> PATIENT = waiter -> waiter
            .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofSeconds(1)))
            .maxAttempts(120);
    private static final List<String> SETTINGS = List.of("OS_AUTH_URL", "OS_USERNAME", "OS_PASSWORD",
            "OS_USER_DOMAIN_NAME", "OS_PROJECT_NAME", "OS_PROJECT_DOMAIN_NAME", "OS_REGION_NAME");

    private OpenStackGateway() {
    }

    /** The gateway, configured through --openstack-config as an operator would (the file is gone once read). */
    static RunningGateway start() throws Exception {
        Map<String, String> cloud = OpenStackCloud.env();
        Properties settings = new Properties();
        SETTINGS.forEach(name -> settings.setProperty(name, cloud.get(name)));
        Path config = Files.createTempFile("openstack", ".properties");
        try {
            try (Writer writer = Files.newBufferedWriter(config)) {
                settings.store(writer, "cloudgate conformance tests");
            }
            return RunningGateway.start("--backend", "openstack", "--openstack-config", config.toString());
        } finally {
            deleteQuietly(config);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file does not change the outcome of the tests.
        }
    }
}
