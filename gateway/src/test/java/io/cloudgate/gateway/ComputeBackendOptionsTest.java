package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComputeBackendOptionsTest {
    @Test
    void theEmbeddedCloudIsTheDefault() {
        GatewayConfig config = CommandLine.parse(new String[0], Map.of());
        assertThat(config.compute().name()).isEqualTo("embedded");
        assertThat(config.compute().cloudStack()).isNull();
        assertThat(config.compute().openStack()).isNull();
    }

    @Test
    void cloudStackSettingsComeFromTheFileWithTheEnvironmentWinning() throws Exception {
        Path file = Files.createTempFile("cloudstack", ".properties");
        Files.writeString(file, """
                endpoint=http://file.example:8080/client/api
                apiKey=file-key
                secretKey=file-secret
                instanceType.t3.micro=Small Instance
                """);
        GatewayConfig config = CommandLine.parse(new String[] {"--backend", "cloudstack", "--cloudstack-config",
                file.toString()}, Map.of("CLOUDSTACK_ENDPOINT", "http://env.example:8080/client/api"));
        assertThat(config.compute().name()).isEqualTo("cloudstack");
        assertThat(config.compute().cloudStack().endpoint()).isEqualTo(URI.create("http://env.example:8080/client/api"));
        assertThat(config.compute().cloudStack().credentials().apiKey()).isEqualTo("file-key");
        assertThat(config.compute().cloudStack().instanceTypes()).containsEntry("t3.micro", "Small Instance");
    }

    @Test
    void theBackendCanBeChosenByTheEnvironmentAlone() {
        GatewayConfig config = CommandLine.parse(new String[0], Map.of("CLOUDGATE_BACKEND", "cloudstack",
                "CLOUDSTACK_ENDPOINT", "http://cs:8080/client/api", "CLOUDSTACK_API_KEY", "k",
                "CLOUDSTACK_SECRET_KEY", "s"));
        assertThat(config.compute().cloudStack().credentials().secretKey()).isEqualTo("s");
    }

    @Test
    void unknownBackendsAndMissingSettingsAreRefusedWithAReason() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--backend", "vmware"}, Map.of()))
                .hasMessage("--backend: vmware (expected: embedded, cloudstack or openstack)");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--backend", "cloudstack"}, Map.of()))
                .hasMessageStartingWith("--backend cloudstack:").hasMessageContaining("endpoint");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--backend", "openstack"}, Map.of()))
                .hasMessage("--backend openstack: OpenStack setting OS_AUTH_URL is missing");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--backend", "openstack", "--openstack-config",
                "/nonexistent/openstack.properties"}, Map.of()))
                .hasMessage("--backend openstack: OpenStack settings file /nonexistent/openstack.properties does not"
                        + " exist");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--backend", "openstack"}, Map.of("OS_AUTH_URL",
                "keystone:5000", "OS_USERNAME", "u", "OS_PASSWORD", "p")))
                .hasMessageStartingWith("--backend openstack: OpenStack setting OS_AUTH_URL must be Keystone's");
    }

    @Test
    void openStackSettingsComeFromTheFileWithTheEnvironmentWinning(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("openstack.properties");
        Files.writeString(file, """
                OS_AUTH_URL=http://keystone.example:5000/v3
                OS_USERNAME=cloudgate
                OS_PASSWORD=file-secret
                OS_REGION_NAME=north
                CLOUDGATE_OPENSTACK_INSTANCE_TYPES=t3.micro=m1.tiny,m5.large=m1.large
                CLOUDGATE_OPENSTACK_EXTERNAL_NETWORK=public
                """);
        GatewayConfig config = CommandLine.parse(new String[] {"--backend", "openstack", "--openstack-config",
                file.toString()}, Map.of("OS_PASSWORD", "env-secret"));
        assertThat(config.compute().name()).isEqualTo("openstack");
        assertThat(config.compute().cloudStack()).isNull();
        assertThat(config.compute().openStack().authUrl()).isEqualTo(URI.create("http://keystone.example:5000/v3"));
        assertThat(config.compute().openStack().password()).isEqualTo("env-secret");
        assertThat(config.compute().openStack().region()).isEqualTo("north");
        assertThat(config.compute().openStack().instanceTypes()).containsExactly(Map.entry("t3.micro", "m1.tiny"),
                Map.entry("m5.large", "m1.large"));
        assertThat(config.compute().openStack().externalNetwork()).isEqualTo("public");
    }

    @Test
    void theOpenStackBackendCanBeChosenByTheEnvironmentAloneAsAfterSourcingAnOpenrc() {
        GatewayConfig config = CommandLine.parse(new String[0], Map.of("CLOUDGATE_BACKEND", "openstack",
                "OS_AUTH_URL", "http://keystone.example:5000", "OS_USERNAME", "cloudgate", "OS_PASSWORD", "s",
                "OS_PROJECT_NAME", "service"));
        assertThat(config.compute().openStack().authUrl()).isEqualTo(URI.create("http://keystone.example:5000/v3"));
        assertThat(config.compute().openStack().project()).isEqualTo("service");
    }
}
