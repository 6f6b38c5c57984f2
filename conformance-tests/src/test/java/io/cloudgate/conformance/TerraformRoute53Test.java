package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Type;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.TagResourceType;

/**
 * Terraform with hashicorp/aws 5.100.0 on its default settings applies, re-plans and destroys one Route 53 stack
 * (resources/terraform/route53/main.tf); the records are then checked by real DNS queries.
 */
class TerraformRoute53Test {
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CHANGE_TIMEOUT = Duration.ofMinutes(4);
    private static final String LONG_TXT = "0".repeat(199) + "1";

    private static RunningGateway gateway;
    private static Credentials tenant;
    private static HttpServer healthEndpoint;
    private static Terraform terraform;
    private static DnsAnswers dns;

    @BeforeAll
    static void prepare() throws Exception {
        healthEndpoint = healthEndpoint();
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("terraform-route53");
        dns = new DnsAnswers(gateway.dnsEndpoint());
        terraform = Terraform.forStack(gateway, tenant, "route53",
                Map.of("health_port", Integer.toString(healthEndpoint.getAddress().getPort())));
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
        healthEndpoint.stop(0);
    }

    @Test
    void applyReplanAndDestroyZonesRecordsAndHealthCheck() throws Exception {
        terraform.run(INIT_TIMEOUT, "init", "-input=false").requireSuccess();
        terraform.run(CHANGE_TIMEOUT, "apply", "-auto-approve", "-input=false").requireSuccess();
        JsonNode outputs = new ObjectMapper().readTree(
                terraform.run(INIT_TIMEOUT, "output", "-json").requireSuccess().stdout());

        try (Route53Client route53 = SdkClients.route53(gateway, tenant)) {
            assertZones(route53, outputs);
            assertPlainRecordsAnswer();
            assertRoutingPoliciesAnswer();

            ExternalTool.Outcome plan = terraform.run(CHANGE_TIMEOUT, "plan", "-detailed-exitcode", "-input=false");
            assertThat(plan.exitCode()).as("plan must show no changes: %s", plan.describe()).isZero();

            terraform.run(CHANGE_TIMEOUT, "destroy", "-auto-approve", "-input=false").requireSuccess();
            assertThat(route53.listHostedZones().hostedZones()).isEmpty();
            assertThat(route53.listHealthChecks().healthChecks()).isEmpty();
            assertThat(dns.answers("www.tf-public.example.", Type.A)).isEmpty();
        }
    }

    private static void assertZones(Route53Client route53, JsonNode outputs) {
        String publicId = output(outputs, "public_zone_id");
        String privateId = output(outputs, "private_zone_id");
        assertThat(route53.listHostedZones().hostedZones()).extracting(HostedZone::name)
                .containsExactlyInAnyOrder("tf-public.example.", "tf-private.internal.");
        var publicZone = route53.getHostedZone(r -> r.id(publicId));
        assertThat(publicZone.hostedZone().config().comment()).isEqualTo("managed by terraform");
        assertThat(publicZone.hostedZone().config().privateZone()).isFalse();
        assertThat(outputs.path("name_servers").path("value")).hasSize(4);
        assertThat(route53.listTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(publicId))
                .resourceTagSet().tags()).singleElement()
                .satisfies(tag -> assertThat(tag.key() + "=" + tag.value()).isEqualTo("Stack=route53"));
        assertThat(route53.getHostedZone(r -> r.id(privateId)).vpCs()).singleElement()
                .satisfies(vpc -> assertThat(vpc.vpcId()).isEqualTo(output(outputs, "vpc_id")));
        List<ResourceRecordSet> sets = route53.listResourceRecordSets(r -> r.hostedZoneId(publicId))
                .resourceRecordSets();
        assertThat(sets).filteredOn(set -> set.name().equals("weighted.tf-public.example."))
                .extracting(ResourceRecordSet::setIdentifier).containsExactlyInAnyOrder("blue", "green");
        assertThat(sets).filteredOn(set -> set.name().equals("failover.tf-public.example."))
                .extracting(ResourceRecordSet::healthCheckId).contains(output(outputs, "health_check_id"));
    }

    private static void assertPlainRecordsAnswer() throws Exception {
        assertThat(dns.answers("www.tf-public.example.", Type.A)).containsExactlyInAnyOrder("192.0.2.10",
                "192.0.2.11");
        assertThat(dns.answers("web.tf-public.example.", Type.CNAME)).containsExactly("www.tf-public.example.");
        assertThat(dns.answers("txt.tf-public.example.", Type.TXT)).containsExactlyInAnyOrder("\"v=spf1 -all\"",
                "\"" + LONG_TXT + "\" \"" + "0".repeat(99) + "2\"");
        assertThat(dns.answers("tf-public.example.", Type.MX)).containsExactlyInAnyOrder(
                "10 mail1.tf-public.example.", "20 mail2.tf-public.example.");
        assertThat(dns.answers("alias.tf-public.example.", Type.A)).containsExactlyInAnyOrder("192.0.2.10",
                "192.0.2.11");
    }

    private static void assertRoutingPoliciesAnswer() throws Exception {
        Set<String> weighted = new HashSet<>();
        for (int query = 0; query < 50 && weighted.size() < 2; query++) {
            List<String> answer = dns.answers("weighted.tf-public.example.", Type.A);
            assertThat(answer).hasSize(1);
            weighted.addAll(answer);
        }
        assertThat(weighted).containsExactlyInAnyOrder("192.0.2.21", "192.0.2.22");
        // The primary is healthy (its endpoint answers 200), so it is the failover answer.
        assertThat(dns.answers("failover.tf-public.example.", Type.A)).containsExactly("192.0.2.31");
    }

    private static HttpServer healthEndpoint() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/health", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String output(JsonNode outputs, String name) {
        return outputs.path(name).path("value").asText();
    }
}
