package io.cloudgate.elb.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.MemberHealth;
import io.cloudgate.loadbalancer.Pool;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancing.model.ConnectionDraining;
import software.amazon.awssdk.services.elasticloadbalancing.model.ConnectionSettings;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLbCookieStickinessPolicyRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeInstanceHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeInstanceHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.Instance;
import software.amazon.awssdk.services.elasticloadbalancing.model.InstanceState;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerAttributes;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.ModifyLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.RegisterInstancesWithLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerPoliciesOfListenerRequest;

class ElbClassicServiceTest {
    private final ClassicTestbed bed = new ClassicTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void servesAllTwentyNineOperations() {
        assertThat(bed.service.operations()).hasSize(29);
        assertThat(bed.service.awsOperationNames()).containsAll(bed.service.operations().keySet());
    }

    @Test
    void createdBalancerHasAnAwsShapedDnsNameThatTheDataPlaneListensFor() {
        CreateLoadBalancerResponse created = create("web");
        assertThat(created.dnsName()).matches("web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(create("web").dnsName()).as("same request again").isEqualTo(created.dnsName());

        LoadBalancerDescription description = describe("web");
        assertThat(description.availabilityZones()).containsExactly("us-east-1a");
        assertThat(description.subnets()).hasSize(1);
        assertThat(description.vpcId()).startsWith("vpc-");
        assertThat(description.securityGroups()).hasSize(1);
        assertThat(description.healthCheck().target()).isEqualTo("TCP:8080");
        assertThat(description.scheme()).isEqualTo("internet-facing");
        assertThat(description.canonicalHostedZoneNameID()).isEqualTo("Z35SXDOTRQ7X7K");

        BalancerConfig config = bed.dataPlane.configs.values().iterator().next();
        assertThat(config.listeners()).singleElement().satisfies(l -> assertThat(l.port()).isEqualTo(80));
        assertThat(bed.dns.recordSets("us-east-1.elb.amazonaws.com.")).anySatisfy(set ->
                assertThat(set.name()).isEqualTo(created.dnsName() + "."));
    }

    @Test
    void aNameTakenWithOtherListenersIsDuplicateAndUnknownNamesAreNotFound() {
        create("web");
        assertError(() -> bed.call("CreateLoadBalancer", CreateLoadBalancerRequest.builder().loadBalancerName("web")
                .availabilityZones("us-east-1a").listeners(http(81 + 999, 8080)).build()), "DuplicateLoadBalancerName");
        String message = assertError(() -> describe("nope"), "LoadBalancerNotFound");
        assertThat(message).isEqualTo("There is no ACTIVE Load Balancer named 'nope'");
        bed.call("DeleteLoadBalancer", DeleteLoadBalancerRequest.builder().loadBalancerName("web").build());
        bed.call("DeleteLoadBalancer", DeleteLoadBalancerRequest.builder().loadBalancerName("web").build());
        assertThat(bed.dataPlane.configs).isEmpty();
    }

    @Test
    void pagesThroughBalancersWithMarkers() {
        for (String name : List.of("a", "b", "c")) {
            create(name);
        }
        DescribeLoadBalancersResponse first = bed.call("DescribeLoadBalancers",
                DescribeLoadBalancersRequest.builder().pageSize(2).build());
        assertThat(first.loadBalancerDescriptions()).extracting(LoadBalancerDescription::loadBalancerName)
                .containsExactly("a", "b");
        DescribeLoadBalancersResponse second = bed.call("DescribeLoadBalancers",
                DescribeLoadBalancersRequest.builder().pageSize(2).marker(first.nextMarker()).build());
        assertThat(second.loadBalancerDescriptions()).extracting(LoadBalancerDescription::loadBalancerName)
                .containsExactly("c");
        assertThat(second.nextMarker()).isNull();
    }

    @Test
    void registeredInstancesBecomeMembersAndStoppedOnesLeaveThePool() {
        create("web");
        String one = bed.runningInstance("us-east-1a");
        String two = bed.runningInstance("us-east-1a");
        assertError(() -> register("web", "i-0123456789abcdef0"), "InvalidInstance");
        register("web", one, two);
        Pool pool = config().pools().getFirst();
        assertThat(pool.members()).extracting(Pool.Member::id).containsExactlyInAnyOrder(one, two);
        assertThat(pool.members()).allSatisfy(m -> assertThat(m.port()).isEqualTo(8080));

        String arn = config().id();
        bed.dataPlane.health.put(arn, List.of(new MemberHealth("pool-80", one, MemberHealth.State.HEALTHY, null),
                new MemberHealth("pool-80", two, MemberHealth.State.HEALTHY, null)));
        assertThat(health("web")).extracting(InstanceState::state).containsOnly("InService");

        bed.stop(two);
        List<InstanceState> states = health("web");
        assertThat(states).filteredOn(s -> s.instanceId().equals(two)).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo("OutOfService");
            assertThat(s.reasonCode()).isEqualTo("Instance");
        });
        assertThat(config().pools().getFirst().members()).extracting(Pool.Member::id).containsExactly(one);
    }

    @Test
    void theMemberRefreshFollowsInstanceStatesWithoutAnyElbCall() {
        create("web");
        String one = bed.runningInstance("us-east-1a");
        String two = bed.runningInstance("us-east-1a");
        register("web", one, two);
        int applies = bed.dataPlane.applies;

        bed.classic.refreshMembers().run();
        assertThat(bed.dataPlane.applies).as("nothing changed, nothing applied").isEqualTo(applies);

        bed.stop(two);
        bed.classic.refreshMembers().run();
        assertThat(config().pools().getFirst().members()).extracting(Pool.Member::id).containsExactly(one);
    }

    @Test
    void attributesAndStickinessReachTheDataPlaneAndSurviveARestart() {
        create("web");
        bed.call("ModifyLoadBalancerAttributes", ModifyLoadBalancerAttributesRequest.builder().loadBalancerName("web")
                .loadBalancerAttributes(LoadBalancerAttributes.builder()
                        .connectionDraining(ConnectionDraining.builder().enabled(true).timeout(45).build())
                        .connectionSettings(ConnectionSettings.builder().idleTimeout(120).build()).build()).build());
        bed.call("CreateLBCookieStickinessPolicy", CreateLbCookieStickinessPolicyRequest.builder()
                .loadBalancerName("web").policyName("sticky").cookieExpirationPeriod(60L).build());
        bed.call("SetLoadBalancerPoliciesOfListener", SetLoadBalancerPoliciesOfListenerRequest.builder()
                .loadBalancerName("web").loadBalancerPort(80).policyNames("sticky").build());
        assertError(() -> bed.call("SetLoadBalancerPoliciesOfListener", SetLoadBalancerPoliciesOfListenerRequest
                .builder().loadBalancerName("web").loadBalancerPort(80).policyNames("missing").build()),
                "PolicyNotFound");

        bed.dataPlane.configs.clear();
        bed.restart();

        Pool pool = config().pools().getFirst();
        assertThat(pool.draining()).hasSeconds(45);
        assertThat(pool.stickiness().kind()).isEqualTo(Pool.Stickiness.Kind.BALANCER_COOKIE);
        assertThat(pool.stickiness().cookieName()).isEqualTo("AWSELB");
        assertThat(config().listeners().getFirst().idleTimeout()).hasSeconds(120);
        assertThat(describe("web").listenerDescriptions().getFirst().policyNames()).containsExactly("sticky");
    }

    private CreateLoadBalancerResponse create(String name) {
        return bed.call("CreateLoadBalancer", CreateLoadBalancerRequest.builder().loadBalancerName(name)
                .availabilityZones("us-east-1a").listeners(http(80, 8080)).build());
    }

    private static Listener http(int port, int instancePort) {
        return Listener.builder().protocol("HTTP").loadBalancerPort(port).instanceProtocol("HTTP")
                .instancePort(instancePort).build();
    }

    private LoadBalancerDescription describe(String name) {
        DescribeLoadBalancersResponse response = bed.call("DescribeLoadBalancers",
                DescribeLoadBalancersRequest.builder().loadBalancerNames(name).build());
        return response.loadBalancerDescriptions().getFirst();
    }

    private void register(String name, String... instanceIds) {
        bed.call("RegisterInstancesWithLoadBalancer", RegisterInstancesWithLoadBalancerRequest.builder()
                .loadBalancerName(name).instances(List.of(instanceIds).stream()
                        .map(id -> Instance.builder().instanceId(id).build()).toList()).build());
    }

    private List<InstanceState> health(String name) {
        DescribeInstanceHealthResponse response = bed.call("DescribeInstanceHealth",
                DescribeInstanceHealthRequest.builder().loadBalancerName(name).build());
        return response.instanceStates();
    }

    private BalancerConfig config() {
        return bed.dataPlane.configs.values().iterator().next();
    }

    private static String assertError(Runnable call, String code) {
        String[] message = new String[1];
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            message[0] = e.getMessage();
        });
        return message[0];
    }
}
