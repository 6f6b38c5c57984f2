package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudgate.loadbalancer.haproxy.HaproxySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LbDataPlaneOptionsTest {
    @Test
    void theEmbeddedProxyIsTheDefault() {
        GatewayConfig.LbDataPlane plane = CommandLine.parse(new String[0], Map.of()).lbDataPlane();
        assertThat(plane.name()).isEqualTo("embedded");
        assertThat(plane.haproxyBinary()).isNull();
    }

    @Test
    void haproxyIsFoundOnThePathAndRunsUnderTheDataDirectory() {
        Path installed = HaproxySettings.findExecutable().orElse(null);
        assumeTrue(installed != null, "haproxy is not installed");
        GatewayConfig.LbDataPlane plane = CommandLine.parse(new String[] {"--data-dir", "/tmp/cg-data"},
                Map.of("CLOUDGATE_LB_DATA_PLANE", "haproxy")).lbDataPlane();
        assertThat(plane.name()).isEqualTo("haproxy");
        assertThat(plane.haproxyBinary()).isEqualTo(installed);
        assertThat(plane.haproxyRuntime()).isEqualTo(Path.of("/tmp/cg-data/haproxy"));
    }

    @Test
    void anExplicitBinaryMustBeExecutable() throws Exception {
        Path script = Files.createTempFile("haproxy", "");
        script.toFile().setExecutable(true);
        GatewayConfig.LbDataPlane plane = CommandLine.parse(new String[] {"--lb-data-plane", "haproxy",
                "--haproxy-binary", script.toString()}, Map.of()).lbDataPlane();
        assertThat(plane.haproxyBinary()).isEqualTo(script);
        Files.delete(script);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--lb-data-plane", "haproxy",
                "--haproxy-binary", script.toString()}, Map.of()))
                .hasMessageStartingWith("--lb-data-plane haproxy: no executable haproxy at '" + script + "'");
    }

    @Test
    void missingHaproxyUnknownPlanesAndLongDataDirectoriesAreRefusedWithAReason() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--lb-data-plane", "haproxy",
                "--haproxy-binary", "no-such-haproxy-binary"}, Map.of()))
                .hasMessageContaining("install the haproxy package or give --haproxy-binary");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--lb-data-plane", "nginx"}, Map.of()))
                .hasMessage("--lb-data-plane: nginx (expected: embedded or haproxy)");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--lb-data-plane", "haproxy", "--haproxy-binary",
                "/bin/true", "--data-dir", "/tmp/" + "d".repeat(90)}, Map.of()))
                .hasMessageContaining("too long a path for HAProxy's UNIX sockets");
    }
}
