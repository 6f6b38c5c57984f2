package io.cloudgate.elb.v2.plane;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.elb.core.InstanceMembers;
import io.cloudgate.elb.v2.input.AttributeDefaults;
import io.cloudgate.elb.v2.input.HealthCheckInput;
import io.cloudgate.elb.v2.state.ActionDoc;
import io.cloudgate.elb.v2.state.ConditionDoc;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import io.cloudgate.loadbalancer.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BalancerTranslationTest {
    private static final String GROUP_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0011";

    /** ip targets only: no instance is looked up, so no EC2 is needed. */
    private final BalancerTranslation translation = new BalancerTranslation(new InstanceMembers(null), 1000,
            (account, arn) -> Optional.of(new Listener.Certificate("chain of " + arn, "key of " + arn)));

    @Test
    void listenersBindTheBalancerAddressWithTheOffsetAndHttpsTerminatesTlsWithItsCertificates() {
        BalancerConfig config = translate(balancer(List.of(listener("l1", 80, "HTTP", List.of()),
                listener("l2", 443, "HTTPS", List.of()).withCertificates(List.of("arn:default", "arn:sni")))));

        assertThat(config.id()).isEqualTo("lb01");
        assertThat(config.listeners()).extracting(Listener::bindAddress, Listener::port, Listener::protocol,
                Listener::forwardedProto).containsExactly(
                org.assertj.core.groups.Tuple.tuple("127.64.0.9", 1080, Listener.Protocol.HTTP, "http"),
                org.assertj.core.groups.Tuple.tuple("127.64.0.9", 1443, Listener.Protocol.HTTP, "https"));
        assertThat(config.listeners().getFirst().idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.listeners().getFirst().tls()).isNull();
        assertThat(config.listeners().get(1).tls().certificates()).extracting(Listener.Certificate::chainPem)
                .containsExactly("chain of arn:default", "chain of arn:sni");
    }

    @Test
    void rulesComeInPriorityOrderWithTheirConditionsAndActions() {
        RuleDoc late = new RuleDoc("r2", "r2", 20, List.of(new ConditionDoc("host-header", List.of("*.example.com"),
                null, List.of())), List.of(new ActionDoc("fixed-response", null, null, false, null, null,
                new ActionDoc.Fixed("503", "text/plain", "down"))), Map.of());
        RuleDoc early = new RuleDoc("r1", "r1", 10, List.of(new ConditionDoc("query-string", List.of(), null,
                List.of(new ConditionDoc.QueryPair(null, "v")))), List.of(new ActionDoc("redirect", null, null,
                false, null, new ActionDoc.Redirect("HTTPS", "443", "#{host}", "/#{path}", "#{query}", "HTTP_302"),
                null)), Map.of());

        BalancerConfig config = translate(balancer(List.of(listener("l1", 80, "HTTP", List.of(late, early)))));

        List<Rule> rules = config.listeners().getFirst().rules();
        assertThat(rules).extracting(Rule::priority).containsExactly(10, 20);
        assertThat(rules.get(0).conditions()).containsExactly(
                new Condition.QueryString(List.of(new Condition.KeyValue(null, "v"))));
        assertThat(rules.get(0).action()).isEqualTo(
                new Action.Redirect("HTTPS", "#{host}", "443", "/#{path}", "#{query}", 302));
        assertThat(rules.get(1).conditions()).containsExactly(new Condition.HostHeader(List.of("*.example.com")));
        assertThat(rules.get(1).action()).isEqualTo(new Action.FixedResponse(503, "text/plain", "down"));
    }

    @Test
    void targetGroupBecomesAPoolWithItsHealthCheckStickinessDrainingAndAlgorithm() {
        Map<String, String> attributes = new LinkedHashMap<>(AttributeDefaults.targetGroup(true, "ip"));
        attributes.put("stickiness.enabled", "true");
        attributes.put("stickiness.lb_cookie.duration_seconds", "120");
        attributes.put("deregistration_delay.timeout_seconds", "15");
        attributes.put("load_balancing.algorithm.type", "least_outstanding_requests");

        BalancerConfig config = translation.config("123456789012", balancer(List.of(listener("l1", 80, "HTTP",
                List.of()))), arn -> Optional.of(group(attributes)));

        Pool pool = config.pools().getFirst();
        assertThat(pool.id()).isEqualTo("tg01");
        assertThat(pool.members()).containsExactly(new Pool.Member("127.0.0.1:8081", "127.0.0.1", 8081),
                new Pool.Member("127.0.0.1:8082", "127.0.0.1", 8082));
        assertThat(pool.healthCheck()).isEqualTo(new Pool.HealthCheck(Listener.Protocol.HTTP, null, "/health",
                "200", Duration.ofSeconds(30), Duration.ofSeconds(5), 5, 2));
        assertThat(pool.stickiness()).isEqualTo(new Pool.Stickiness(Pool.Stickiness.Kind.BALANCER_COOKIE,
                "AWSALB", Duration.ofSeconds(120)));
        assertThat(pool.draining()).isEqualTo(Duration.ofSeconds(15));
        assertThat(pool.algorithm()).isEqualTo(Pool.Algorithm.LEAST_OUTSTANDING_REQUESTS);
        assertThat(config.listeners().getFirst().defaultAction())
                .isEqualTo(new Action.Forward(List.of(new Action.WeightedPool("tg01", 1)), null));
    }

    @Test
    void forwardToAVanishedGroupLeavesNoPool() {
        BalancerConfig config = translation.config("123456789012", balancer(List.of(listener("l1", 80, "HTTP",
                List.of()))), arn -> Optional.empty());

        assertThat(config.pools()).isEmpty();
        assertThat(config.listeners().getFirst().defaultAction()).isEqualTo(new Action.Forward(List.of(), null));
    }

    private BalancerConfig translate(LoadBalancerDoc balancer) {
        return translation.config("123456789012", balancer,
                arn -> Optional.of(group(AttributeDefaults.targetGroup(true, "ip"))));
    }

    private static LoadBalancerDoc balancer(List<ListenerDoc> listeners) {
        return new LoadBalancerDoc("arn:lb", "web", "lb01", "application", "internet-facing", "ipv4", "vpc-1",
                List.of("subnet-1"), List.of(), "127.64.0.9", "web-1.us-east-1.elb.amazonaws.com", Instant.EPOCH,
                AttributeDefaults.loadBalancer(false), Map.of(), listeners);
    }

    private static ListenerDoc listener(String id, int port, String protocol, List<RuleDoc> rules) {
        return new ListenerDoc("arn:" + id, id, port, protocol, null, List.of(), List.of(new ActionDoc("forward",
                null, List.of(new ActionDoc.WeightedGroup(GROUP_ARN, 1)), false, null, null, null)), rules,
                AttributeDefaults.listener(protocol), Map.of());
    }

    private static TargetGroupDoc group(Map<String, String> attributes) {
        return new TargetGroupDoc(GROUP_ARN, "web", "tg01", "HTTP", "HTTP1", 8081, "vpc-1", "ip",
                new HealthCheckInput(null, null, null, "/health", null, null, null, null, null)
                        .applyTo(HealthCheckInput.defaults("HTTP")), attributes, Map.of(),
                List.of(new TargetGroupDoc.TargetDoc("127.0.0.1", 8081, null),
                        new TargetGroupDoc.TargetDoc("127.0.0.1", 8082, null)), Instant.EPOCH);
    }
}
