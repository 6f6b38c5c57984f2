package io.cloudgate.elb.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;

class ListenerRulesTest {

    @Test
    void normalizesProtocolsAndDefaultsTheInstanceProtocol() {
        assertThat(ListenerRules.normalize(listener("http", 80, null, 8080, null)))
                .isEqualTo(new ClassicListener("HTTP", 80, "HTTP", 8080, null, List.of()));
        assertThat(ListenerRules.normalize(listener("SSL", 443, null, 22, "arn:cert")))
                .isEqualTo(new ClassicListener("SSL", 443, "TCP", 22, "arn:cert", List.of()));
        assertThat(ListenerRules.normalize(listener("TCP", 5000, "tcp", 5000, "ignored")).certificateId()).isNull();
    }

    @Test
    void rejectsInvalidListeners() {
        assertThatThrownBy(() -> ListenerRules.normalize(listener("UDP", 53, null, 53, null)))
                .hasMessageContaining("must be one of HTTP, HTTPS, TCP, SSL");
        assertThatThrownBy(() -> ListenerRules.normalize(listener("HTTP", 81, null, 80, null)))
                .hasMessageContaining("LoadBalancerPort must be one of 25, 80, 443, 465, 587");
        assertThatThrownBy(() -> ListenerRules.normalize(listener("HTTP", 80, null, 70000, null)))
                .hasMessageContaining("InstancePort must be within 1-65535");
        assertThatThrownBy(() -> ListenerRules.normalize(listener("HTTP", 80, "TCP", 80, null)))
                .hasMessageContaining("conflicts with the front-end protocol");
        assertThatThrownBy(() -> ListenerRules.normalize(listener("HTTPS", 443, "HTTP", 80, null)))
                .hasMessageContaining("SSLCertificateId is required");
        assertThatThrownBy(() -> ListenerRules.normalize(Listener.builder().protocol("HTTP").build()))
                .isInstanceOf(AwsException.class);
    }

    @Test
    void mergingTheSameListenerIsANoOpAndAClashIsDuplicateListener() {
        ClassicListener http = new ClassicListener("HTTP", 80, "HTTP", 8080, null, List.of());
        assertThat(ListenerRules.merge("lb", List.of(http), List.of(http))).containsExactly(http);
        ClassicListener other = new ClassicListener("HTTP", 80, "HTTP", 9090, null, List.of());
        assertThatThrownBy(() -> ListenerRules.merge("lb", List.of(http), List.of(other)))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo("DuplicateListener");
                    assertThat(e.getMessage()).contains("A listener already exists for lb with LoadBalancerPort 80");
                });
    }

    private static Listener listener(String protocol, int port, String instanceProtocol, int instancePort,
                                     String certificate) {
        return Listener.builder().protocol(protocol).loadBalancerPort(port).instanceProtocol(instanceProtocol)
                .instancePort(instancePort).sslCertificateId(certificate).build();
    }
}
