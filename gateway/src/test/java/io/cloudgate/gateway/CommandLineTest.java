package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void defaultsServeLocalhostOnTheLocalStackPort() {
        GatewayConfig config = CommandLine.parse(new String[0], Map.of());
        assertThat(config.port()).isEqualTo(4566);
        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.region()).isEqualTo("us-east-1");
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.sigV2Enabled()).isTrue();
    }

    @Test
    void argumentsWinOverEnvironmentWhichWinsOverDefaults() {
        GatewayConfig config = CommandLine.parse(new String[] {"--port", "5000", "--sigv2", "false"},
                Map.of("CLOUDGATE_PORT", "6000", "CLOUDGATE_REGION", "eu-west-1",
                        "CLOUDGATE_REQUEST_TIMEOUT_SECONDS", "7"));
        assertThat(config.port()).isEqualTo(5000);
        assertThat(config.region()).isEqualTo("eu-west-1");
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.sigV2Enabled()).isFalse();
    }

    @Test
    void embeddedCloudLimitsDefaultToTheCloudsOwnAndCanBeRaised() {
        GatewayConfig defaults = CommandLine.parse(new String[0], Map.of());
        assertThat(defaults.cloudLimits()).isEqualTo(new GatewayConfig.CloudLimits(20, 1024, 5000));
        GatewayConfig raised = CommandLine.parse(new String[] {"--machine-quota-per-account", "11000",
                "--vcpu-capacity", "40000"}, Map.of("CLOUDGATE_VOLUME_QUOTA_GIB_PER_ACCOUNT", "100000"));
        assertThat(raised.cloudLimits()).isEqualTo(new GatewayConfig.CloudLimits(11000, 40000, 100000));
    }

    @Test
    void unknownOptionsAndBadNumbersAreRefusedWithAReason() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--prot", "1"}, Map.of()))
                .hasMessageContaining("--prot").hasMessageContaining("Usage");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port"}, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> CommandLine.parse(new String[0], Map.of("CLOUDGATE_PORT", "many")))
                .hasMessage("--port: many (expected: a number)");
    }
}
