package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An application balancer through `aws elbv2` in front of instances of the embedded web-server image (targets on
 * port 80, which the gateway reaches at 80 + --web-server-port-offset on the instances' loopback addresses), ending
 * with `curl` through its DNS name (resolved by the gateway's DNS) reaching both instances, then one instance
 * stopped: its health turns to Target.InvalidState and traffic avoids it. On the embedded data plane;
 * {@link CliElbV2HaproxyTest} runs it on HAProxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliElbV2Test {
    private static final String PROFILE = CliElbFixture.PROFILE;

    private CliElbFixture fixture;
    private AwsCli aws;

    ElbDataPlane dataPlane() {
        return ElbDataPlane.EMBEDDED;
    }

    @BeforeAll
    void start() throws Exception {
        fixture = CliElbFixture.start(dataPlane(), 21000, 21500, "cli-elbv2-tenant");
        aws = fixture.aws;
    }

    @AfterAll
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void curlReachesBothInstancesThenAvoidsTheStoppedOne() throws Exception {
        List<String> instances = fixture.runWebServers(2);
        String vpc = aws.json(PROFILE, "ec2", "describe-vpcs", "--filters", "Name=is-default,Values=true",
                "--query", "Vpcs[0].VpcId").asText();
        JsonNode balancer = aws.json(PROFILE, "elbv2", "create-load-balancer", "--name", "cli-web",
                "--query", "LoadBalancers[0]");
        String balancerArn = balancer.path("LoadBalancerArn").asText();
        String dnsName = balancer.path("DNSName").asText();
        aws.run(PROFILE, "elbv2", "wait", "load-balancer-available", "--load-balancer-arns", balancerArn)
                .requireSuccess();
        String groupArn = aws.json(PROFILE, "elbv2", "create-target-group", "--name", "cli-web",
                "--protocol", "HTTP", "--port", "80", "--vpc-id", vpc,
                "--health-check-interval-seconds", "5", "--health-check-timeout-seconds", "2",
                "--healthy-threshold-count", "2", "--unhealthy-threshold-count", "2",
                "--query", "TargetGroups[0].TargetGroupArn").asText();
        aws.run(PROFILE, "elbv2", "register-targets", "--target-group-arn", groupArn, "--targets",
                "Id=" + instances.get(0), "Id=" + instances.get(1)).requireSuccess();
        aws.run(PROFILE, "elbv2", "create-listener", "--load-balancer-arn", balancerArn, "--protocol", "HTTP",
                "--port", "80", "--default-actions", "Type=forward,TargetGroupArn=" + groupArn).requireSuccess();

        CliElbFixture.await(() -> health(groupArn), health -> health.values().stream().allMatch("healthy"::equals),
                "target health");
        String address = ElbV2Clients.resolve(fixture.gateway, dnsName);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pages.add(fixture.curl(dnsName, address));
        }
        assertThat(pages).anySatisfy(page -> assertThat(page).contains(instances.get(0)))
                .anySatisfy(page -> assertThat(page).contains(instances.get(1)));

        aws.run(PROFILE, "ec2", "stop-instances", "--instance-ids", instances.get(1)).requireSuccess();
        Map<String, String> states = CliElbFixture.await(() -> health(groupArn),
                health -> "unused".equals(health.get(instances.get(1))), "target health");
        assertThat(states).containsEntry(instances.get(0), "healthy");
        assertThat(aws.json(PROFILE, "elbv2", "describe-target-health", "--target-group-arn", groupArn,
                "--targets", "Id=" + instances.get(1), "--query",
                "TargetHealthDescriptions[0].TargetHealth.Reason").asText()).isEqualTo("Target.InvalidState");
        for (int i = 0; i < 4; i++) {
            assertThat(fixture.answeringInstance(dnsName, address)).isEqualTo(instances.get(0));
        }

        ExternalTool.Outcome unknown = aws.run(PROFILE, "elbv2", "register-targets", "--target-group-arn",
                groupArn, "--targets", "Id=i-0123456789abcdef0");
        assertThat(unknown.exitCode()).as(unknown.describe()).isNotZero();
        assertThat(unknown.stderr()).contains("InvalidTarget");
    }

    /** Instance id to target health state. */
    private Map<String, String> health(String groupArn) {
        Map<String, String> health = new HashMap<>();
        aws.json(PROFILE, "elbv2", "describe-target-health", "--target-group-arn", groupArn)
                .path("TargetHealthDescriptions").forEach(target -> health.put(
                        target.path("Target").path("Id").asText(),
                        target.path("TargetHealth").path("State").asText()));
        return health;
    }
}
