package io.cloudgate.elb.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import org.junit.jupiter.api.Test;

class HealthTargetTest {

    @Test
    void parsesHttpAndTcpTargets() {
        assertThat(HealthTarget.parse("HTTP:80/index.html")).isEqualTo(new HealthTarget("HTTP", 80, "/index.html"));
        assertThat(HealthTarget.parse("TCP:22")).isEqualTo(new HealthTarget("TCP", 22, null));
        assertThat(HealthTarget.parse("ssl:443").render()).isEqualTo("SSL:443");
        assertThat(HealthTarget.parse("https:8443/").render()).isEqualTo("HTTPS:8443/");
    }

    @Test
    void rejectsTargetsAwsRejects() {
        assertRejected("UDP:53", "HealthCheck Target must begin with one of HTTP, TCP, HTTPS, SSL");
        assertRejected("HTTP", "HealthCheck Target must begin with one of HTTP, TCP, HTTPS, SSL");
        assertRejected("HTTP:80", "must specify a port followed by a path that begins with a slash");
        assertRejected("TCP:22/path", "must specify a port number only");
        assertRejected("TCP:0", "HealthCheck Target port must be a number within 1-65535: 0");
        assertRejected("HTTP:eighty/", "HealthCheck Target port must be a number within 1-65535: eighty");
    }

    @Test
    void validatesTheWholeCheck() {
        var check = HealthTarget.validate("http:8080/health", 10, 5, 3, 2);
        assertThat(check.target()).isEqualTo("HTTP:8080/health");
        assertThat(check.interval()).isEqualTo(10);
        assertThatThrownBy(() -> HealthTarget.validate("TCP:22", 5, 5, 2, 2))
                .hasMessage("HealthCheck timeout must be less than interval");
        assertThatThrownBy(() -> HealthTarget.validate("TCP:22", 30, 5, 11, 2))
                .hasMessageContaining("healthCheck.unhealthyThreshold");
        assertThatThrownBy(() -> HealthTarget.validate("TCP:22", null, 5, 2, 2))
                .hasMessageContaining("Value null at 'healthCheck.interval'");
    }

    private static void assertRejected(String target, String message) {
        assertThatThrownBy(() -> HealthTarget.parse(target)).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.code()).isEqualTo("ValidationError");
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
