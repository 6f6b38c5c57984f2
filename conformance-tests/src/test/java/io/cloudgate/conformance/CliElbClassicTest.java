package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Type;

/**
 * A classic balancer through `aws elb` in front of three instances of the embedded web-server image: health check
 * configured, instances InService, `curl` through the balancer's DNS name (resolved by the gateway's DNS) reaching
 * every instance; one instance stopped turns OutOfService and traffic avoids it; the balancer deleted.
 */
class CliElbClassicTest {
    private static final int LB_PORT_OFFSET = 24000;
    private static final int WEB_SERVER_PORT_OFFSET = 24500;
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static RunningGateway gateway;
    private static AwsCli aws;
    private static ExternalTool curl;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start("--lb-port-offset", String.valueOf(LB_PORT_OFFSET),
                "--web-server-port-offset", String.valueOf(WEB_SERVER_PORT_OFFSET));
        Credentials tenant = gateway.createAccount("cli-elb-tenant");
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", tenant);
        curl = new ExternalTool(gateway.directory(), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void curlReachesEveryInstanceThenAvoidsTheStoppedOne() throws Exception {
        String image = aws.json("tenant", "ec2", "describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=cloudgate-webserver-1.0.0-x86_64", "--query", "Images[0].ImageId").asText();
        List<String> instances = new ArrayList<>();
        aws.json("tenant", "ec2", "run-instances", "--image-id", image, "--instance-type", "t3.micro",
                "--count", "3", "--placement", "AvailabilityZone=us-east-1a",
                "--query", "Instances[].InstanceId").forEach(id -> instances.add(id.asText()));
        String dnsName = aws.json("tenant", "elb", "create-load-balancer", "--load-balancer-name", "cli-classic",
                "--listeners", "Protocol=HTTP,LoadBalancerPort=80,InstanceProtocol=HTTP,InstancePort=80",
                "--availability-zones", "us-east-1a", "--query", "DNSName").asText();
        assertThat(dnsName).matches("cli-classic-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(aws.json("tenant", "elb", "configure-health-check", "--load-balancer-name", "cli-classic",
                "--health-check", "Target=HTTP:80/health,Interval=5,Timeout=2,UnhealthyThreshold=2,"
                        + "HealthyThreshold=2", "--query", "HealthCheck.Target").asText()).isEqualTo("HTTP:80/health");
        List<String> registration = new ArrayList<>(List.of("elb", "register-instances-with-load-balancer",
                "--load-balancer-name", "cli-classic", "--instances"));
        registration.addAll(instances);
        aws.run("tenant", registration.toArray(String[]::new)).requireSuccess();

        waitForHealth(health -> health.size() == 3 && health.values().stream().allMatch("InService"::equals));
        String address = ElbV2Clients.resolve(gateway, dnsName);
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            reached.add(answeringInstance(dnsName, address));
        }
        assertThat(reached).containsExactlyInAnyOrderElementsOf(instances);

        String stopped = instances.get(2);
        aws.run("tenant", "ec2", "stop-instances", "--instance-ids", stopped).requireSuccess();
        Map<String, String> health = waitForHealth(states -> "OutOfService".equals(states.get(stopped)));
        assertThat(health).containsEntry(instances.get(0), "InService").containsEntry(instances.get(1), "InService");
        for (int i = 0; i < 6; i++) {
            assertThat(answeringInstance(dnsName, address)).isIn(instances.get(0), instances.get(1));
        }

        aws.run("tenant", "elb", "delete-load-balancer", "--load-balancer-name", "cli-classic").requireSuccess();
        assertThat(aws.json("tenant", "elb", "describe-load-balancers", "--query",
                "length(LoadBalancerDescriptions)").asInt()).isZero();
        assertThat(new DnsAnswers(gateway.dnsEndpoint()).answers(dnsName + ".", Type.A)).isEmpty();
    }

    /** curl through the balancer's DNS name pinned to the gateway's answer; the instance the page names. */
    private static String answeringInstance(String dnsName, String address) {
        int port = 80 + LB_PORT_OFFSET;
        ExternalTool.Outcome outcome = curl.run(Duration.ofSeconds(20), List.of("curl", "-sS", "--fail",
                "--max-time", "5", "-D", "-", "--resolve", dnsName + ":" + port + ":" + address,
                "http://" + dnsName + ":" + port + "/"));
        outcome.requireSuccess();
        return outcome.stdout().lines().filter(line -> line.toLowerCase().startsWith("x-cloudgate-instance:"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst()
                .orElseThrow(() -> new AssertionError("no instance header in " + outcome.stdout()));
    }

    /** Polls instance health (instance id to InService/OutOfService) until the condition holds. */
    private static Map<String, String> waitForHealth(Predicate<Map<String, String>> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            Map<String, String> health = new HashMap<>();
            aws.json("tenant", "elb", "describe-instance-health", "--load-balancer-name", "cli-classic")
                    .path("InstanceStates").forEach(state -> health.put(state.path("InstanceId").asText(),
                            state.path("State").asText()));
            if (condition.test(health)) {
                return health;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("instance health never reached the expected state: " + health);
            }
            Thread.sleep(1000);
        }
    }
}
