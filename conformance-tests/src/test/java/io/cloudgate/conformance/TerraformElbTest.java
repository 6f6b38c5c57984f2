package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xbill.DNS.Type;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * Terraform with hashicorp/aws 5.100.0 on its default settings applies, re-plans and destroys one load-balancer
 * stack (resources/terraform/elb/main.tf: aws_lb, aws_lb_target_group, aws_lb_target_group_attachment,
 * aws_lb_listener, aws_lb_listener_rule, aws_route53_zone with an alias aws_route53_record to the balancer,
 * aws_instance of the web-server image behind an aws_elb), with HTTP checked through both balancers and the alias
 * checked in DNS while they stand. On the embedded data plane; {@link TerraformElbHaproxyTest} applies the same
 * stack with HAProxy carrying the traffic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerraformElbTest {
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CHANGE_TIMEOUT = Duration.ofMinutes(4);
    private static final int PORT_OFFSET = 22000;
    private static final int WEB_SERVER_PORT_OFFSET = 22500;

    private RunningGateway gateway;
    private Credentials tenant;
    private Terraform terraform;
    private LocalBackends first;
    private LocalBackends second;

    ElbDataPlane dataPlane() {
        return ElbDataPlane.EMBEDDED;
    }

    @BeforeAll
    void prepare() throws Exception {
        gateway = dataPlane().startGateway(PORT_OFFSET, WEB_SERVER_PORT_OFFSET);
        tenant = gateway.createAccount("terraform-elb");
        first = LocalBackends.start("first");
        second = LocalBackends.start("second");
        terraform = Terraform.forStack(gateway, tenant, "elb", Map.of());
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            first.close();
            second.close();
            gateway.close();
        }
    }

    @Test
    void applyCarryTrafficReplanAndDestroy() throws Exception {
        terraform.run(INIT_TIMEOUT, "init", "-input=false").requireSuccess();
        terraform.run(CHANGE_TIMEOUT, withPorts("apply", "-auto-approve")).requireSuccess();
        JsonNode outputs = new ObjectMapper().readTree(terraform.run(INIT_TIMEOUT, "output", "-json")
                .requireSuccess().stdout());
        String dnsName = outputs.path("dns_name").path("value").asText();
        String groupArn = outputs.path("target_group_arn").path("value").asText();

        try (ElasticLoadBalancingV2Client elb = ElbV2Clients.elbV2(gateway, tenant)) {
            awaitHealthy(elb, groupArn);
            String address = ElbV2Clients.resolve(gateway, dnsName);
            int port = 80 + PORT_OFFSET;
            Set<String> reached = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                reached.add(ElbV2Clients.get(address, port, "/api/items").body());
            }
            assertThat(reached).containsExactlyInAnyOrder("first", "second");
            HttpResponse<String> maintenance = ElbV2Clients.get(address, port, "/maintenance");
            assertThat(maintenance.statusCode()).isEqualTo(503);
            assertThat(maintenance.body()).isEqualTo("down for maintenance");

            assertThat(new DnsAnswers(gateway.dnsEndpoint()).answers(
                    outputs.path("alias_name").path("value").asText() + ".", Type.A)).containsExactly(address);

            String instanceId = outputs.path("instance_id").path("value").asText();
            awaitInService(instanceId);
            String classicAddress = ElbV2Clients.resolve(gateway,
                    outputs.path("classic_dns_name").path("value").asText());
            HttpResponse<String> classic = ElbV2Clients.get(classicAddress, port, "/");
            assertThat(classic.statusCode()).isEqualTo(200);
            assertThat(classic.headers().firstValue("X-Cloudgate-Instance")).contains(instanceId);

            ExternalTool.Outcome plan = terraform.run(CHANGE_TIMEOUT, withPorts("plan", "-detailed-exitcode"));
            assertThat(plan.exitCode()).as("plan must show no changes: %s", plan.describe()).isZero();

            terraform.run(CHANGE_TIMEOUT, withPorts("destroy", "-auto-approve")).requireSuccess();
            assertThat(elb.describeLoadBalancers().loadBalancers()).isEmpty();
            assertThat(elb.describeTargetGroups().targetGroups()).isEmpty();
            try (ElasticLoadBalancingClient classicElb = classicElb()) {
                assertThat(classicElb.describeLoadBalancers().loadBalancerDescriptions()).isEmpty();
            }
        }
    }

    private ElasticLoadBalancingClient classicElb() {
        return ElasticLoadBalancingClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private void awaitInService(String instanceId) throws InterruptedException {
        try (ElasticLoadBalancingClient classicElb = classicElb()) {
            Instant deadline = Instant.now().plusSeconds(40);
            while (true) {
                var states = classicElb.describeInstanceHealth(r -> r.loadBalancerName("tf-classic"))
                        .instanceStates();
                if (states.size() == 1 && states.getFirst().instanceId().equals(instanceId)
                        && states.getFirst().state().equals("InService")) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the classic balancer's instance never came InService: " + states);
                }
                Thread.sleep(500);
            }
        }
    }

    /** The command and option, then the backends' ports as the stack's variable. */
    private String[] withPorts(String command, String option) {
        return new String[]{command, option, "-input=false", "-var",
                "backend_ports=[" + first.port() + "," + second.port() + "]"};
    }

    private static void awaitHealthy(ElasticLoadBalancingV2Client elb, String groupArn) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(40);
        while (true) {
            var targets = elb.describeTargetHealth(r -> r.targetGroupArn(groupArn)).targetHealthDescriptions();
            if (targets.size() == 2 && targets.stream().map(TargetHealthDescription::targetHealth)
                    .allMatch(health -> health.stateAsString().equals("healthy"))) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("targets never became healthy: " + targets);
            }
            Thread.sleep(500);
        }
    }
}
