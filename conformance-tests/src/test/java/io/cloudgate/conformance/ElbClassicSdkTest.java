package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.ElasticLoadBalancingException;
import software.amazon.awssdk.services.elasticloadbalancing.model.InstanceState;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;

/**
 * ELB classic through the AWS SDK for Java v2: three instances of the embedded web-server image (which serve port 80
 * at 80 + --web-server-port-offset on their loopback addresses) registered with a classic balancer; then real HTTP
 * through the balancer's DNS name, resolved by the gateway's DNS, reaching every instance, health and traffic
 * following an instance that stops, and the balancer's AWS/ELB metrics in CloudWatch. On the embedded data plane;
 * {@link ElbClassicSdkHaproxyTest} runs the same tests on HAProxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElbClassicSdkTest {
    private static final int PORT_OFFSET = 21000;
    private static final int WEB_SERVER_PORT_OFFSET = 23000;
    private static final Duration HEALTH_WAIT = Duration.ofSeconds(40);

    private RunningGateway gateway;
    private ElasticLoadBalancingClient elb;
    private Ec2Client ec2;
    private ElbClassicMetrics metrics;

    ElbDataPlane dataPlane() {
        return ElbDataPlane.EMBEDDED;
    }

    @BeforeAll
    void start() throws Exception {
        gateway = dataPlane().startGateway(PORT_OFFSET, WEB_SERVER_PORT_OFFSET);
        Credentials tenant = gateway.createAccount("elb-classic-sdk");
        elb = ElasticLoadBalancingClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
        ec2 = SdkClients.ec2(gateway, tenant);
        metrics = new ElbClassicMetrics(gateway, tenant);
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            metrics.close();
            elb.close();
            ec2.close();
            gateway.close();
        }
    }

    @Test
    void balancerSpreadsTrafficOverInstancesAndAvoidsOneThatStops() throws Exception {
        String subnetId = ec2.describeSubnets(r -> r.filters(
                Filter.builder().name("default-for-az").values("true").build(),
                Filter.builder().name("availability-zone").values("us-east-1a").build()))
                .subnets().getFirst().subnetId();
        String imageId = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("cloudgate-webserver-1.0.0-x86_64").build())).images().getFirst().imageId();
        List<String> instances = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(3)
                .maxCount(3).subnetId(subnetId)).instances().stream().map(Instance::instanceId).toList();
        try {
            String dnsName = elb.createLoadBalancer(r -> r.loadBalancerName("classic-web").subnets(subnetId)
                    .listeners(Listener.builder().protocol("HTTP").loadBalancerPort(80).instanceProtocol("HTTP")
                            .instancePort(80).build())).dnsName();
            assertThat(dnsName).matches("classic-web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
            elb.configureHealthCheck(r -> r.loadBalancerName("classic-web").healthCheck(h -> h.target("HTTP:80/health")
                    .interval(5).timeout(2).healthyThreshold(2).unhealthyThreshold(2)));
            elb.registerInstancesWithLoadBalancer(r -> r.loadBalancerName("classic-web").instances(instances.stream()
                    .map(id -> software.amazon.awssdk.services.elasticloadbalancing.model.Instance.builder()
                            .instanceId(id).build()).toList()));
            awaitHealth(states -> states.size() == 3 && states.stream().allMatch(s -> s.state().equals("InService")));
            assertThat(metrics.awaitMaximum("HealthyHostCount", "classic-web", null, 3)).isEqualTo(3);
            assertThat(metrics.awaitMaximum("HealthyHostCount", "classic-web", "us-east-1a", 3)).isEqualTo(3);

            String address = ElbV2Clients.resolve(gateway, dnsName);
            Set<String> reached = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                reached.add(answeringInstance(address));
            }
            assertThat(reached).containsExactlyInAnyOrderElementsOf(instances);

            String stopped = instances.get(2);
            ec2.stopInstances(r -> r.instanceIds(stopped));
            List<InstanceState> states = awaitHealth(list -> list.stream().anyMatch(s ->
                    s.instanceId().equals(stopped) && s.state().equals("OutOfService")));
            assertThat(states).filteredOn(s -> s.instanceId().equals(stopped)).singleElement()
                    .satisfies(s -> assertThat(s.reasonCode()).isEqualTo("Instance"));
            for (int i = 0; i < 9; i++) {
                assertThat(answeringInstance(address)).isIn(instances.get(0), instances.get(1));
            }
            assertThat(metrics.awaitSum("RequestCount", "classic-web", 12 + 9)).isEqualTo(12 + 9);
            assertThat(metrics.awaitSum("HTTPCode_Backend_2XX", "classic-web", 12 + 9)).isEqualTo(12 + 9);
            assertThat(metrics.average("Latency", "classic-web")).isPositive().isLessThan(5);
        } finally {
            elb.deleteLoadBalancer(r -> r.loadBalancerName("classic-web"));
            ec2.terminateInstances(r -> r.instanceIds(instances));
        }
    }

    /** The instance that answered a request through the balancer, as the web-server image names itself. */
    private String answeringInstance(String address) throws Exception {
        HttpResponse<String> response = ElbV2Clients.get(address, 80 + PORT_OFFSET, "/");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("X-Cloudgate-Instance").orElseThrow();
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

    private List<InstanceState> awaitHealth(Predicate<List<InstanceState>> condition) throws Exception {
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
}
