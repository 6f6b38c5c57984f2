package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application balancer through `aws elbv2` in front of instances of the embedded web-server image (targets on
 * port 80, which the gateway reaches at 80 + --web-server-port-offset on the instances' loopback addresses), ending
 * with `curl` through its DNS name (resolved by the gateway's DNS) reaching both instances, then one instance
 * stopped: its health turns to Target.InvalidState and traffic avoids it.
 */
class CliElbV2Test {
    private static final int LB_PORT_OFFSET = 21000;
    private static final int WEB_SERVER_PORT_OFFSET = 21500;
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static RunningGateway gateway;
    private static AwsCli aws;
    private static ExternalTool curl;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start("--lb-port-offset", String.valueOf(LB_PORT_OFFSET),
                "--web-server-port-offset", String.valueOf(WEB_SERVER_PORT_OFFSET));
        Credentials tenant = gateway.createAccount("cli-elbv2-tenant");
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", tenant);
        curl = new ExternalTool(gateway.directory(), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void curlReachesBothInstancesThenAvoidsTheStoppedOne() throws Exception {
        String image = aws.json("tenant", "ec2", "describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=cloudgate-webserver-*", "--query", "Images[0].ImageId").asText();
        List<String> instances = new ArrayList<>();
        aws.json("tenant", "ec2", "run-instances", "--image-id", image, "--instance-type", "t3.micro",
                "--count", "2", "--query", "Instances[].InstanceId").forEach(id -> instances.add(id.asText()));
        String vpc = aws.json("tenant", "ec2", "describe-vpcs", "--filters", "Name=is-default,Values=true",
                "--query", "Vpcs[0].VpcId").asText();
        JsonNode balancer = aws.json("tenant", "elbv2", "create-load-balancer", "--name", "cli-web",
                "--query", "LoadBalancers[0]");
        String balancerArn = balancer.path("LoadBalancerArn").asText();
        String dnsName = balancer.path("DNSName").asText();
        aws.run("tenant", "elbv2", "wait", "load-balancer-available", "--load-balancer-arns", balancerArn)
                .requireSuccess();
        String groupArn = aws.json("tenant", "elbv2", "create-target-group", "--name", "cli-web",
                "--protocol", "HTTP", "--port", "80", "--vpc-id", vpc,
                "--health-check-interval-seconds", "5", "--health-check-timeout-seconds", "2",
                "--healthy-threshold-count", "2", "--unhealthy-threshold-count", "2",
                "--query", "TargetGroups[0].TargetGroupArn").asText();
        aws.run("tenant", "elbv2", "register-targets", "--target-group-arn", groupArn, "--targets",
                "Id=" + instances.get(0), "Id=" + instances.get(1)).requireSuccess();
        aws.run("tenant", "elbv2", "create-listener", "--load-balancer-arn", balancerArn, "--protocol", "HTTP",
                "--port", "80", "--default-actions", "Type=forward,TargetGroupArn=" + groupArn).requireSuccess();

        waitForHealth(groupArn, health -> health.values().stream().allMatch("healthy"::equals));
        String address = ElbV2Clients.resolve(gateway, dnsName);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pages.add(curl(dnsName, address));
        }
        assertThat(pages).anySatisfy(page -> assertThat(page).contains(instances.get(0)))
                .anySatisfy(page -> assertThat(page).contains(instances.get(1)));

        aws.run("tenant", "ec2", "stop-instances", "--instance-ids", instances.get(1)).requireSuccess();
        Map<String, String> reasons = waitForHealth(groupArn,
                health -> "unused".equals(health.get(instances.get(1))));
        assertThat(reasons).containsEntry(instances.get(0), "healthy");
        assertThat(aws.json("tenant", "elbv2", "describe-target-health", "--target-group-arn", groupArn,
                "--targets", "Id=" + instances.get(1), "--query",
                "TargetHealthDescriptions[0].TargetHealth.Reason").asText()).isEqualTo("Target.InvalidState");
        for (int i = 0; i < 4; i++) {
            assertThat(curl(dnsName, address)).contains(instances.get(0));
        }

        ExternalTool.Outcome unknown = aws.run("tenant", "elbv2", "register-targets", "--target-group-arn",
                groupArn, "--targets", "Id=i-0123456789abcdef0");
        assertThat(unknown.exitCode()).as(unknown.describe()).isNotZero();
        assertThat(unknown.stderr()).contains("InvalidTarget");
    }

    /** curl through the balancer's DNS name, pinned to the address the gateway's DNS gave for it. */
    private static String curl(String dnsName, String address) {
        int port = 80 + LB_PORT_OFFSET;
        ExternalTool.Outcome outcome = curl.run(Duration.ofSeconds(20), List.of("curl", "-sS", "--fail",
                "--max-time", "5", "--resolve", dnsName + ":" + port + ":" + address,
                "http://" + dnsName + ":" + port + "/"));
        outcome.requireSuccess();
        return outcome.stdout();
    }

    /** Polls target health (instance id to state) until the condition holds. */
    private static Map<String, String> waitForHealth(String groupArn, Predicate<Map<String, String>> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            Map<String, String> health = new HashMap<>();
            aws.json("tenant", "elbv2", "describe-target-health", "--target-group-arn", groupArn)
                    .path("TargetHealthDescriptions").forEach(target -> health.put(
                            target.path("Target").path("Id").asText(),
                            target.path("TargetHealth").path("State").asText()));
            if (condition.test(health)) {
                return health;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("target health never reached the expected state: " + health);
            }
            Thread.sleep(1000);
        }
    }
}
