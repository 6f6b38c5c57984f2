package io.cloudgate.elb.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.loadbalancer.BalancerConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerListenerSslCertificateRequest;

/** HTTPS and SSL listeners take their certificates from the account's server certificates, by ARN. */
class ClassicCertificatesTest {
    private static final String WEB = "arn:aws:iam::" + ClassicTestbed.ACCOUNT + ":server-certificate/web";
    private static final String NEXT = "arn:aws:iam::" + ClassicTestbed.ACCOUNT + ":server-certificate/next";
    private static final io.cloudgate.loadbalancer.Listener.Certificate WEB_PEM =
            new io.cloudgate.loadbalancer.Listener.Certificate("web chain", "web key");
    private static final io.cloudgate.loadbalancer.Listener.Certificate NEXT_PEM =
            new io.cloudgate.loadbalancer.Listener.Certificate("next chain", "next key");

    private final ClassicTestbed bed = new ClassicTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void httpsAndSslListenersTerminateTlsWithTheirCertificateAndPlainOnesDoNot() {
        bed.certificates.put(WEB, WEB_PEM);
        create("web", listener("HTTPS", 443, "HTTP", 80, WEB), listener("SSL", 8443, "TCP", 22, WEB),
                listener("HTTP", 80, "HTTP", 80, null));

        BalancerConfig config = bed.dataPlane.configs.values().iterator().next();
        assertThat(config.listeners()).extracting(l -> l.port(), l -> l.protocol(), l -> l.forwardedProto(),
                l -> l.tls() == null ? null : l.tls().certificates()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(443, io.cloudgate.loadbalancer.Listener.Protocol.HTTP, "https",
                        List.of(WEB_PEM)),
                org.assertj.core.groups.Tuple.tuple(8443, io.cloudgate.loadbalancer.Listener.Protocol.TCP, "ssl",
                        List.of(WEB_PEM)),
                org.assertj.core.groups.Tuple.tuple(80, io.cloudgate.loadbalancer.Listener.Protocol.HTTP, "http",
                        null));
        assertThat(ElbClassicService.certificateUser(bed.elb, ClassicTestbed.ACCOUNT, WEB))
                .hasValueSatisfying(arn -> assertThat(arn).endsWith(":loadbalancer/web"));
        assertThat(ElbClassicService.certificateUser(bed.elb, "999999999999", WEB)).isEmpty();
    }

    @Test
    void unknownOrForeignCertificatesAreCertificateNotFoundAndNothingIsLeftBehind() {
        bed.certificates.put(WEB, WEB_PEM);
        String foreign = "arn:aws:iam::999999999999:server-certificate/web";
        assertCertificateNotFound(() -> create("web", listener("HTTPS", 443, "HTTP", 80, foreign)), foreign);
        assertThat(bed.dataPlane.configs).isEmpty();
        assertThatThrownBy(() -> bed.call("DescribeLoadBalancers",
                DescribeLoadBalancersRequest.builder().loadBalancerNames("web").build()))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.code()).isEqualTo("LoadBalancerNotFound"));

        create("web", listener("HTTP", 80, "HTTP", 80, null));
        assertCertificateNotFound(() -> bed.call("CreateLoadBalancerListeners", CreateLoadBalancerListenersRequest
                .builder().loadBalancerName("web").listeners(listener("SSL", 443, "TCP", 22, NEXT)).build()), NEXT);
        assertThat(bed.dataPlane.configs.values().iterator().next().listeners()).hasSize(1);
    }

    @Test
    void settingTheCertificateSwapsItOnTheListenerAndFreesTheOldOne() {
        bed.certificates.put(WEB, WEB_PEM);
        create("web", listener("HTTPS", 443, "HTTP", 80, WEB));
        assertCertificateNotFound(() -> setCertificate(NEXT), NEXT);

        bed.certificates.put(NEXT, NEXT_PEM);
        setCertificate(NEXT);

        BalancerConfig config = bed.dataPlane.configs.values().iterator().next();
        assertThat(config.listeners().getFirst().tls().certificates()).containsExactly(NEXT_PEM);
        assertThat(ElbClassicService.certificateUser(bed.elb, ClassicTestbed.ACCOUNT, WEB)).isEmpty();
        assertThat(ElbClassicService.certificateUser(bed.elb, ClassicTestbed.ACCOUNT, NEXT)).isPresent();
        bed.call("DeleteLoadBalancerListeners", DeleteLoadBalancerListenersRequest.builder().loadBalancerName("web")
                .loadBalancerPorts(443).build());
        assertThat(ElbClassicService.certificateUser(bed.elb, ClassicTestbed.ACCOUNT, NEXT)).isEmpty();
    }

    private void setCertificate(String arn) {
        bed.call("SetLoadBalancerListenerSSLCertificate", SetLoadBalancerListenerSslCertificateRequest.builder()
                .loadBalancerName("web").loadBalancerPort(443).sslCertificateId(arn).build());
    }

    private void create(String name, Listener... listeners) {
        bed.call("CreateLoadBalancer", CreateLoadBalancerRequest.builder().loadBalancerName(name)
                .availabilityZones("us-east-1a").listeners(listeners).build());
    }

    private static Listener listener(String protocol, int port, String instanceProtocol, int instancePort,
                                     String certificate) {
        return Listener.builder().protocol(protocol).loadBalancerPort(port).instanceProtocol(instanceProtocol)
                .instancePort(instancePort).sslCertificateId(certificate).build();
    }

    private static void assertCertificateNotFound(Runnable call, String arn) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.code()).isEqualTo("CertificateNotFound");
            assertThat(e.status()).isEqualTo(400);
        }).hasMessage("Server Certificate not found for the key: " + arn);
    }
}
