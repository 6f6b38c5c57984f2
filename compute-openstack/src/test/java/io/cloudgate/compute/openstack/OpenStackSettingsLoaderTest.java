package io.cloudgate.compute.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenStackSettingsLoaderTest {
    private static Map<String, String> minimal() {
        Map<String, String> env = new HashMap<>();
        env.put("OS_AUTH_URL", "http://keystone.example:5000/v3");
        env.put("OS_USERNAME", "gateway");
        env.put("OS_PASSWORD", "secret");
        return env;
    }

    @Test
    void defaultsFillWhatIsNotGiven() {
        OpenStackSettings settings = OpenStackSettingsLoader.from(minimal()::get);
        assertThat(settings.authUrl()).isEqualTo(URI.create("http://keystone.example:5000/v3"));
        assertThat(settings.username()).isEqualTo("gateway");
        assertThat(settings.userDomain()).isEqualTo("Default");
        assertThat(settings.project()).isEqualTo("admin");
        assertThat(settings.region()).isEqualTo("RegionOne");
        assertThat(settings.instanceTypes()).isEqualTo(OpenStackSettings.DEFAULT_TYPES);
        assertThat(settings.externalNetwork()).isNull();
        assertThat(settings.addressesPerAccount()).isEqualTo(5);
        assertThat(settings.launchesPerSecond()).isEqualTo(10);
    }

    @Test
    void everySettingCanBeGiven() {
        Map<String, String> env = minimal();
        env.put("OS_USER_DOMAIN_NAME", "users");
        env.put("OS_PROJECT_NAME", "gateway-project");
        env.put("OS_PROJECT_DOMAIN_NAME", "projects");
        env.put("OS_REGION_NAME", "north");
        env.put("CLOUDGATE_OPENSTACK_INSTANCE_TYPES", " t3.micro = tiny , m5.large=big");
        env.put("CLOUDGATE_OPENSTACK_EXTERNAL_NETWORK", "public");
        env.put("CLOUDGATE_OPENSTACK_ADDRESSES_PER_ACCOUNT", "2");
        env.put("CLOUDGATE_OPENSTACK_TIMEOUT_SECONDS", "7");
        env.put("CLOUDGATE_OPENSTACK_LAUNCHES_PER_SECOND", "3");
        OpenStackSettings settings = OpenStackSettingsLoader.from(env::get);
        assertThat(settings.userDomain()).isEqualTo("users");
        assertThat(settings.project()).isEqualTo("gateway-project");
        assertThat(settings.projectDomain()).isEqualTo("projects");
        assertThat(settings.region()).isEqualTo("north");
        assertThat(settings.instanceTypes()).containsExactly(Map.entry("t3.micro", "tiny"),
                Map.entry("m5.large", "big"));
        assertThat(settings.externalNetwork()).isEqualTo("public");
        assertThat(settings.addressesPerAccount()).isEqualTo(2);
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.launchesPerSecond()).isEqualTo(3);
    }

    @Test
    void missingOrBadValuesAreNamed() {
        Map<String, String> env = minimal();
        env.remove("OS_PASSWORD");
        assertThatThrownBy(() -> OpenStackSettingsLoader.from(env::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OS_PASSWORD");
        Map<String, String> badNumber = minimal();
        badNumber.put("CLOUDGATE_OPENSTACK_TIMEOUT_SECONDS", "soon");
        assertThatThrownBy(() -> OpenStackSettingsLoader.from(badNumber::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLOUDGATE_OPENSTACK_TIMEOUT_SECONDS");
        Map<String, String> badTypes = minimal();
        badTypes.put("CLOUDGATE_OPENSTACK_INSTANCE_TYPES", "t3.micro");
        assertThatThrownBy(() -> OpenStackSettingsLoader.from(badTypes::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t3.micro");
        Map<String, String> noLaunches = minimal();
        noLaunches.put("CLOUDGATE_OPENSTACK_LAUNCHES_PER_SECOND", "0");
        assertThatThrownBy(() -> OpenStackSettingsLoader.from(noLaunches::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("launchesPerSecond");
    }

    @Test
    void keystoneUrlsMustBeHttpAndABareHostMeansV3() {
        Map<String, String> bare = minimal();
        bare.put("OS_AUTH_URL", "https://keystone.example:5000/");
        assertThat(OpenStackSettingsLoader.from(bare::get).authUrl())
                .isEqualTo(URI.create("https://keystone.example:5000/v3"));
        Map<String, String> noScheme = minimal();
        noScheme.put("OS_AUTH_URL", "keystone.example:5000/v3");
        assertThatThrownBy(() -> OpenStackSettingsLoader.from(noScheme::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OS_AUTH_URL must be Keystone's");
        Map<String, String> malformed = minimal();
        malformed.put("OS_AUTH_URL", "http://key stone/v3");
        assertThatThrownBy(() -> OpenStackSettingsLoader.from(malformed::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OS_AUTH_URL is not a URL");
    }

    @Test
    void aFileGivesTheSameNamesAndTheEnvironmentWins(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("openstack.properties");
        Files.writeString(file, """
                OS_AUTH_URL=http://file.example:5000/v3
                OS_USERNAME=file-user
                OS_PASSWORD=file-secret
                CLOUDGATE_OPENSTACK_INSTANCE_TYPES=t3.micro=m1.tiny
                """);
        OpenStackSettings settings = OpenStackSettingsLoader.load(file, Map.of("OS_PASSWORD", "env-secret"));
        assertThat(settings.authUrl()).isEqualTo(URI.create("http://file.example:5000/v3"));
        assertThat(settings.username()).isEqualTo("file-user");
        assertThat(settings.password()).isEqualTo("env-secret");
        assertThat(settings.instanceTypes()).containsExactly(Map.entry("t3.micro", "m1.tiny"));
        assertThatThrownBy(() -> OpenStackSettingsLoader.load(file.resolveSibling("absent.properties"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }
}
