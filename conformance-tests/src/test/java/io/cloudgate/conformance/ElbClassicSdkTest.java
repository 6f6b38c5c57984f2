package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.ElasticLoadBalancingException;
import software.amazon.awssdk.services.elasticloadbalancing.model.InstanceState;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;

/**
 * ELB classic through the AWS SDK for Java v2: instances in a VPC whose addresses are loopback addresses, each
 * served by a local HTTP server standing in for the instance (the embedded cloud's machines do not serve HTTP
 * themselves yet), registered with a classic balancer; then real HTTP through the balancer's DNS name, resolved by
 * the gateway's DNS, reaching every instance, and health and traffic following an instance that stops.
 */
class ElbClassicSdkTest {
    private static final int PORT_OFFSET = 21000;
    private static final Duration HEALTH_WAIT = Duration.ofSeconds(40);

    private static RunningGateway gateway;
    private static Credentials tenant;
    private static ElasticLoadBalancingClient elb;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start("--lb-port-offset", String.valueOf(PORT_OFFSET));
        tenant = gateway.createAccount("elb-classic-sdk");
        elb = ElasticLoadBalancingClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
        ec2 = SdkClients.ec2(gateway, tenant);
    }

    @AfterAll
    static void stop() throws Exception {
        elb.close();
        ec2.close();
        gateway.close();
    }

    @Test
    void balancerSpreadsTrafficOverInstancesAndAvoidsOneThatStops() throws Exception {
        String vpcId = ec2.createVpc(r -> r.cidrBlock("127.91.0.0/16")).vpc().vpcId();
        String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("127.91.1.0/24")
                .availabilityZone("us-east-1a")).subnet().subnetId();
        String imageId = ec2.describeImages(r -> r.owners("amazon")).images().getFirst().imageId();
        List<Instance> instances = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(3)
                .maxCount(3).subnetId(subnetId)).instances();
        List<HttpServer> servers = new ArrayList<>();
        for (Instance instance : instances) {
            servers.add(serve(instance.privateIpAddress(), instance.instanceId()));
        }
        try {
            String dnsName = elb.createLoadBalancer(r -> r.loadBalancerName("classic-web").subnets(subnetId)
                    .listeners(Listener.builder().protocol("HTTP").loadBalancerPort(80).instanceProtocol("HTTP")
                            .instancePort(8080).build())).dnsName();
            assertThat(dnsName).matches("classic-web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
            elb.configureHealthCheck(r -> r.loadBalancerName("classic-web").healthCheck(h -> h.target("HTTP:8080/")
                    .interval(5).timeout(2).healthyThreshold(2).unhealthyThreshold(2)));
            elb.registerInstancesWithLoadBalancer(r -> r.loadBalancerName("classic-web").instances(instances.stream()
                    .map(i -> software.amazon.awssdk.services.elasticloadbalancing.model.Instance.builder()
                            .instanceId(i.instanceId()).build()).toList()));
            awaitHealth(states -> states.size() == 3 && states.stream().allMatch(s -> s.state().equals("InService")));

            String address = ElbV2Clients.resolve(gateway, dnsName);
            Set<String> reached = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                reached.add(ElbV2Clients.get(address, 80 + PORT_OFFSET, "/").body());
            }
            assertThat(reached).containsExactlyInAnyOrderElementsOf(instances.stream().map(Instance::instanceId)
                    .toList());

            String stopped = instances.get(2).instanceId();
            servers.get(2).stop(0);
            ec2.stopInstances(r -> r.instanceIds(stopped));
            List<InstanceState> states = awaitHealth(list -> list.stream().anyMatch(s ->
                    s.instanceId().equals(stopped) && s.state().equals("OutOfService")));
            assertThat(states).filteredOn(s -> s.instanceId().equals(stopped)).singleElement()
                    .satisfies(s -> assertThat(s.reasonCode()).isEqualTo("Instance"));
            for (int i = 0; i < 9; i++) {
                assertThat(ElbV2Clients.get(address, 80 + PORT_OFFSET, "/").body()).isNotEqualTo(stopped);
            }
        } finally {
            servers.forEach(server -> server.stop(0));
            elb.deleteLoadBalancer(r -> r.loadBalancerName("classic-web"));
        }
    }

    @Test
    void unknownBalancersAndInstancesAreAwsErrors() {
        assertThatThrownBy(() -> elb.describeLoadBalancers(r -> r.loadBalancerNames("missing")))
                .isInstanceOfSatisfying(ElasticLoadBalancingException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LoadBalancerNotFound");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("There is no ACTIVE Load Balancer named 'missing'");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        elb.createLoadBalancer(r -> r.loadBalancerName("classic-errors").availabilityZones("us-east-1a")
                .listeners(Listener.builder().protocol("TCP").loadBalancerPort(5000).instancePort(5000).build()));
        assertThatThrownBy(() -> elb.registerInstancesWithLoadBalancer(r -> r.loadBalancerName("classic-errors")
                .instances(i -> i.instanceId("i-0123456789abcdef0"))))
                .isInstanceOfSatisfying(ElasticLoadBalancingException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInstance"));
        assertThatThrownBy(() -> elb.configureHealthCheck(r -> r.loadBalancerName("classic-errors")
                .healthCheck(h -> h.target("UDP:53").interval(30).timeout(5).healthyThreshold(2)
                        .unhealthyThreshold(2))))
                .isInstanceOfSatisfying(ElasticLoadBalancingException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
        elb.deleteLoadBalancer(r -> r.loadBalancerName("classic-errors"));
        elb.deleteLoadBalancer(r -> r.loadBalancerName("classic-errors"));
    }

    private static List<InstanceState> awaitHealth(Predicate<List<InstanceState>> condition) throws Exception {
        Instant deadline = Instant.now().plus(HEALTH_WAIT);
        List<InstanceState> states = List.of();
        while (Instant.now().isBefore(deadline)) {
            states = elb.describeInstanceHealth(r -> r.loadBalancerName("classic-web")).instanceStates();
            if (condition.test(states)) {
                return states;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance health never matched: " + states);
    }

    /** Stands in for the instance: answers every request with its id, on its own (loopback) address. */
    private static HttpServer serve(String address, String instanceId) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 8080), 0);
        server.createContext("/", exchange -> {
            byte[] body = instanceId.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
