package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xbill.DNS.Type;

/**
 * A classic balancer through `aws elb` in front of three instances of the embedded web-server image: health check
 * configured, instances InService, `curl` through the balancer's DNS name (resolved by the gateway's DNS) reaching
 * every instance; one instance stopped turns OutOfService and traffic avoids it; the balancer deleted. On the
 * embedded data plane; {@link CliElbClassicHaproxyTest} runs it on HAProxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliElbClassicTest {
    private static final String PROFILE = CliElbFixture.PROFILE;

    private CliElbFixture fixture;
    private AwsCli aws;

    ElbDataPlane dataPlane() {
        return ElbDataPlane.EMBEDDED;
    }

    @BeforeAll
    void start() throws Exception {
        fixture = CliElbFixture.start(dataPlane(), 24000, 24500, "cli-elb-tenant");
        aws = fixture.aws;
    }

    @AfterAll
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void curlReachesEveryInstanceThenAvoidsTheStoppedOne() throws Exception {
        List<String> instances = fixture.runWebServers(3, "--placement", "AvailabilityZone=us-east-1a");
        String dnsName = aws.json(PROFILE, "elb", "create-load-balancer", "--load-balancer-name",
                "cli-classic", "--listeners", "Protocol=HTTP,LoadBalancerPort=80,InstanceProtocol=HTTP,InstancePort=80",
                "--availability-zones", "us-east-1a", "--query", "DNSName").asText();
        assertThat(dnsName).matches("cli-classic-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(aws.json(PROFILE, "elb", "configure-health-check", "--load-balancer-name",
                "cli-classic", "--health-check", "Target=HTTP:80/health,Interval=5,Timeout=2,UnhealthyThreshold=2,"
                        + "HealthyThreshold=2", "--query", "HealthCheck.Target").asText()).isEqualTo("HTTP:80/health");
        List<String> registration = new ArrayList<>(List.of("elb", "register-instances-with-load-balancer",
                "--load-balancer-name", "cli-classic", "--instances"));
        registration.addAll(instances);
        aws.run(PROFILE, registration.toArray(String[]::new)).requireSuccess();

        CliElbFixture.await(this::health, health -> health.size() == 3
                && health.values().stream().allMatch("InService"::equals), "instance health");
        String address = ElbV2Clients.resolve(fixture.gateway, dnsName);
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            reached.add(fixture.answeringInstance(dnsName, address));
        }
        assertThat(reached).containsExactlyInAnyOrderElementsOf(instances);

        String stopped = instances.get(2);
        aws.run(PROFILE, "ec2", "stop-instances", "--instance-ids", stopped).requireSuccess();
        Map<String, String> health = CliElbFixture.await(this::health,
                states -> "OutOfService".equals(states.get(stopped)), "instance health");
        assertThat(health).containsEntry(instances.get(0), "InService").containsEntry(instances.get(1), "InService");
        for (int i = 0; i < 6; i++) {
            assertThat(fixture.answeringInstance(dnsName, address)).isIn(instances.get(0), instances.get(1));
        }

        aws.run(PROFILE, "elb", "delete-load-balancer", "--load-balancer-name", "cli-classic")
                .requireSuccess();
        assertThat(aws.json(PROFILE, "elb", "describe-load-balancers", "--query",
                "length(LoadBalancerDescriptions)").asInt()).isZero();
        assertThat(new DnsAnswers(fixture.gateway.dnsEndpoint()).answers(dnsName + ".", Type.A)).isEmpty();
    }

    /** Instance id to InService/OutOfService. */
    private Map<String, String> health() {
        Map<String, String> health = new HashMap<>();
        aws.json(PROFILE, "elb", "describe-instance-health", "--load-balancer-name", "cli-classic")
                .path("InstanceStates").forEach(state -> health.put(state.path("InstanceId").asText(),
                        state.path("State").asText()));
        return health;
    }
}
