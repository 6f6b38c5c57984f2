package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeBackendOptionsTest {
    @Test
    void theEmbeddedCloudIsTheDefault() {
        GatewayConfig config = CommandLine.parse(new String[0], Map.of());
        assertThat(config.compute().name()).isEqualTo("embedded");
        assertThat(config.compute().cloudStack()).isNull();
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
                .hasMessage("--backend: vmware (expected: embedded or cloudstack)");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--backend", "cloudstack"}, Map.of()))
                .hasMessageStartingWith("--backend cloudstack:").hasMessageContaining("endpoint");
    }
}
