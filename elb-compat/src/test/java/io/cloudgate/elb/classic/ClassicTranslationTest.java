package io.cloudgate.elb.classic;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.MachineState;
import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import io.cloudgate.elb.classic.ClassicBalancer.HealthCheckDoc;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyAttributeDoc;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyDoc;
import io.cloudgate.elb.core.InstanceMembers.InstanceTarget;
import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClassicTranslationTest {
    private static final Listener.Certificate CERTIFICATE = new Listener.Certificate("chain", "key");
    private static final Function<String, Listener.Certificate> CERTIFICATES = arn -> CERTIFICATE;

    static ClassicBalancer balancer(List<ClassicListener> listeners, List<String> instances) {
        return new ClassicBalancer("web", "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/web",
                Instant.EPOCH, "internet-facing", "web-1234567890.us-east-1.elb.amazonaws.com", "127.64.0.9",
                "vpc-1", List.of("us-east-1a"), List.of("subnet-1"), List.of("sg-1"), listeners,
                new HealthCheckDoc("HTTP:8080/health", 10, 5, 2, 3), instances, ClassicAttributes.defaults(),
                List.of(), Map.of(), Map.of());
    }

    @Test
    void eachListenerGetsItsOwnPoolOfTheRunningInstancesInTheBalancersZones() {
        ClassicBalancer balancer = balancer(List.of(
                new ClassicListener("HTTP", 80, "HTTP", 8080, null, List.of()),
                new ClassicListener("SSL", 443, "TCP", 22, "arn:cert", List.of())), List.of("i-1", "i-2", "i-3"));
        Map<String, InstanceTarget> targets = Map.of(
                "i-1", new InstanceTarget("i-1", MachineState.RUNNING, "127.1.0.1", "us-east-1a"),
                "i-2", new InstanceTarget("i-2", MachineState.STOPPED, "127.1.0.2", "us-east-1a"),
                "i-3", new InstanceTarget("i-3", MachineState.RUNNING, "127.1.0.3", "us-east-1b"));

        BalancerConfig config = ClassicTranslation.config(balancer, targets, 8000, 0, CERTIFICATES);

        assertThat(config.id()).isEqualTo(balancer.arn());
        assertThat(config.listeners()).extracting(Listener::port).containsExactly(8080, 8443);
        Listener http = config.listeners().getFirst();
        assertThat(http.bindAddress()).isEqualTo("127.64.0.9");
        assertThat(http.protocol()).isEqualTo(Listener.Protocol.HTTP);
        assertThat(http.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(http.defaultAction()).isEqualTo(new Action.Forward(List.of(new Action.WeightedPool("pool-80", 1)),
                null));
        assertThat(config.listeners().get(1).protocol()).isEqualTo(Listener.Protocol.TCP);
        assertThat(config.listeners().get(1).tls()).isEqualTo(new Listener.Tls(List.of(CERTIFICATE)));
        assertThat(http.tls()).isNull();
        Pool httpPool = config.pools().getFirst();
        assertThat(httpPool.members()).containsExactly(new Pool.Member("i-1", "127.1.0.1", 8080));
        assertThat(httpPool.algorithm()).isEqualTo(Pool.Algorithm.LEAST_OUTSTANDING_REQUESTS);
        assertThat(httpPool.draining()).isZero();
        assertThat(httpPool.healthCheck()).isEqualTo(new Pool.HealthCheck(Listener.Protocol.HTTP, 8080, "/health",
                "200", Duration.ofSeconds(10), Duration.ofSeconds(5), 3, 2));
        Pool tcpPool = config.pools().get(1);
        assertThat(tcpPool.members()).containsExactly(new Pool.Member("i-1", "127.1.0.1", 22));
        assertThat(tcpPool.algorithm()).isEqualTo(Pool.Algorithm.ROUND_ROBIN);
    }

    @Test
    void stickinessPoliciesAndAttributesReachThePools() {
        ClassicBalancer balancer = balancer(List.of(
                new ClassicListener("HTTP", 80, "HTTP", 80, null, List.of("lb-cookie")),
                new ClassicListener("HTTP", 81, "HTTP", 80, null, List.of("app-cookie"))), List.of())
                .withPolicies(List.of(
                        new PolicyDoc("lb-cookie", ClassicTranslation.LB_COOKIE_TYPE,
                                List.of(new PolicyAttributeDoc("CookieExpirationPeriod", "120"))),
                        new PolicyDoc("app-cookie", ClassicTranslation.APP_COOKIE_TYPE,
                                List.of(new PolicyAttributeDoc("CookieName", "JSESSIONID")))))
                .withAttributes(new ClassicAttributes(false, true, 30, 400, false, null, null, 60, Map.of()));

        BalancerConfig config = ClassicTranslation.config(balancer, Map.of(), 0, 0, CERTIFICATES);

        assertThat(config.pools().getFirst().stickiness()).isEqualTo(new Pool.Stickiness(
                Pool.Stickiness.Kind.BALANCER_COOKIE, "AWSELB", Duration.ofSeconds(120)));
        assertThat(config.pools().get(1).stickiness()).isEqualTo(new Pool.Stickiness(
                Pool.Stickiness.Kind.APPLICATION_COOKIE, "JSESSIONID", null));
        assertThat(config.pools()).allSatisfy(pool -> assertThat(pool.draining()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(config.listeners()).allSatisfy(l -> assertThat(l.idleTimeout()).isEqualTo(Duration.ofSeconds(400)));
    }

    @Test
    void instancesReachedAtLoopbackAreCheckedAndServedAtTheirShiftedPorts() {
        ClassicBalancer balancer = balancer(List.of(new ClassicListener("HTTP", 80, "HTTP", 80, null, List.of())),
                List.of("i-1"));
        Map<String, InstanceTarget> targets = Map.of(
                "i-1", new InstanceTarget("i-1", MachineState.RUNNING, "127.1.0.1", "us-east-1a", 21000));

        Pool pool = ClassicTranslation.config(balancer, targets, 0, 21000, CERTIFICATES).pools().getFirst();

        assertThat(pool.members()).containsExactly(new Pool.Member("i-1", "127.1.0.1", 21080));
        assertThat(pool.healthCheck().port()).isEqualTo(29080);
    }
}
