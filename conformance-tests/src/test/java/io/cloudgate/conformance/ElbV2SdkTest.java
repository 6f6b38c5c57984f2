package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.conformance.RunningGateway.Credentials;
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
import org.xbill.DNS.Type;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetTypeEnum;

/**
 * ELBv2 through the AWS SDK for Java v2: an application balancer, a target group of ip targets (local HTTP
 * backends; CliElbV2Test covers instance targets of the web-server image), a listener and rules; then real HTTP
 * through the balancer's DNS name, resolved by the gateway's DNS, with health following a backend that stops. On the
 * embedded data plane; {@link ElbV2SdkHaproxyTest} runs the same tests on HAProxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElbV2SdkTest {
    private static final int PORT_OFFSET = 20000;
    private static final Duration HEALTH_WAIT = Duration.ofSeconds(40);

    private RunningGateway gateway;
    private Credentials tenant;
    private ElasticLoadBalancingV2Client elb;
    private List<String> subnets;
    private String vpcId;

    ElbDataPlane dataPlane() {
        return ElbDataPlane.EMBEDDED;
    }

    @BeforeAll
    void start() throws Exception {
        gateway = dataPlane().startGateway(PORT_OFFSET, 0);
        tenant = gateway.createAccount("elbv2-sdk");
        elb = ElbV2Clients.elbV2(gateway, tenant);
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            List<Subnet> defaults = ec2.describeSubnets(r -> r.filters(Filter.builder().name("default-for-az")
                    .values("true").build())).subnets();
            subnets = defaults.stream().map(Subnet::subnetId).limit(2).toList();
            vpcId = defaults.getFirst().vpcId();
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            elb.close();
            gateway.close();
        }
    }

    @Test
    void balancerCarriesTrafficFollowsRulesAndAvoidsUnhealthyTargets() throws Exception {
        try (LocalBackends alpha = LocalBackends.start("alpha"); LocalBackends beta = LocalBackends.start("beta")) {
            LoadBalancer balancer = elb.createLoadBalancer(r -> r.name("web").subnets(subnets)).loadBalancers()
                    .getFirst();
            assertThat(balancer.dnsName()).matches("web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
            assertThat(balancer.loadBalancerArn())
                    .matches("arn:aws:elasticloadbalancing:us-east-1:\\d{12}:loadbalancer/app/web/[0-9a-f]{16}");
            assertThat(balancer.canonicalHostedZoneId()).isEqualTo("Z35SXDOTRQ7X7K");
            assertThat(balancer.securityGroups()).hasSize(1);

            TargetGroup group = elb.createTargetGroup(r -> r.name("web-ip").protocol(ProtocolEnum.HTTP)
                    .port(alpha.port()).vpcId(vpcId).targetType(TargetTypeEnum.IP).healthCheckPath("/health")
                    .healthCheckIntervalSeconds(5).healthCheckTimeoutSeconds(2).healthyThresholdCount(2)
                    .unhealthyThresholdCount(2)).targetGroups().getFirst();
            assertThat(group.matcher().httpCode()).isEqualTo("200");
            elb.registerTargets(r -> r.targetGroupArn(group.targetGroupArn()).targets(
                    target(alpha.port()), target(beta.port())));
            assertThat(health(group)).allSatisfy(target ->
                    assertThat(target.targetHealth().reasonAsString()).isEqualTo("Target.NotInUse"));

            Listener listener = elb.createListener(r -> r.loadBalancerArn(balancer.loadBalancerArn())
                    .protocol(ProtocolEnum.HTTP).port(80).defaultActions(Action.builder()
                            .type(ActionTypeEnum.FORWARD).targetGroupArn(group.targetGroupArn()).build()))
                    .listeners().getFirst();
            elb.createRule(r -> r.listenerArn(listener.listenerArn()).priority(10)
                    .conditions(RuleCondition.builder().field("path-pattern").values("/fixed*").build())
                    .actions(Action.builder().type(ActionTypeEnum.FIXED_RESPONSE).fixedResponseConfig(
                            FixedResponseActionConfig.builder().statusCode("200").contentType("text/plain")
                                    .messageBody("fixed by rule").build()).build()));

            String address = ElbV2Clients.resolve(gateway, balancer.dnsName());
            int port = 80 + PORT_OFFSET;
            waitFor(group, targets -> targets.stream().allMatch(t -> t.targetHealth().stateAsString()
                    .equals("healthy")));
            Set<String> answeredBy = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                answeredBy.add(ElbV2Clients.get(address, port, "/").body());
            }
            assertThat(answeredBy).containsExactlyInAnyOrder("alpha", "beta");
            assertThat(ElbV2Clients.get(address, port, "/fixed/page").body()).isEqualTo("fixed by rule");

            beta.close();
            List<TargetHealthDescription> afterStop = waitFor(group, targets -> targets.stream()
                    .anyMatch(t -> t.targetHealth().stateAsString().equals("unhealthy")));
            assertThat(afterStop).filteredOn(t -> t.target().port() == beta.port()).singleElement()
                    .satisfies(t -> assertThat(t.targetHealth().reasonAsString())
                            .isIn("Target.FailedHealthChecks", "Target.Timeout"));
            for (int i = 0; i < 4; i++) {
                assertThat(ElbV2Clients.get(address, port, "/").body()).isEqualTo("alpha");
            }

            assertThat(awaitRequestCount(balancer)).isPositive();

            List<Rule> rules = elb.describeRules(r -> r.listenerArn(listener.listenerArn())).rules();
            assertThat(rules).extracting(Rule::priority).containsExactly("10", "default");
            elb.deleteLoadBalancer(r -> r.loadBalancerArn(balancer.loadBalancerArn()));
            elb.deleteTargetGroup(r -> r.targetGroupArn(group.targetGroupArn()));
            assertThat(new DnsAnswers(gateway.dnsEndpoint()).answers(balancer.dnsName() + ".",
                    Type.A)).isEmpty();
        }
    }

    @Test
    void invalidRequestsGetAwsErrorCodes() {
        LoadBalancer balancer = elb.createLoadBalancer(r -> r.name("errors").subnets(subnets)).loadBalancers()
                .getFirst();
        TargetGroup group = elb.createTargetGroup(r -> r.name("errors-tg").protocol(ProtocolEnum.HTTP).port(8080)
                .vpcId(vpcId)).targetGroups().getFirst();
        assertThat(group.healthCheckIntervalSeconds()).isEqualTo(30);
        assertThat(group.healthyThresholdCount()).isEqualTo(5);
        Action forward = Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(group.targetGroupArn())
                .build();
        Listener listener = elb.createListener(r -> r.loadBalancerArn(balancer.loadBalancerArn())
                .protocol(ProtocolEnum.HTTP).port(8081).defaultActions(forward)).listeners().getFirst();

        assertCode(() -> elb.createListener(r -> r.loadBalancerArn(balancer.loadBalancerArn())
                .protocol(ProtocolEnum.HTTP).port(8081).defaultActions(forward)), "DuplicateListener");
        RuleCondition path = RuleCondition.builder().field("path-pattern").values("/a").build();
        elb.createRule(r -> r.listenerArn(listener.listenerArn()).priority(5).conditions(path).actions(forward));
        assertCode(() -> elb.createRule(r -> r.listenerArn(listener.listenerArn()).priority(5).conditions(path)
                .actions(forward)), "PriorityInUse");
        assertCode(() -> elb.registerTargets(r -> r.targetGroupArn(group.targetGroupArn())
                .targets(TargetDescription.builder().id("i-0123456789abcdef0").build())), "InvalidTarget");
        assertCode(() -> elb.describeLoadBalancers(r -> r.names("missing")), "LoadBalancerNotFound");
        assertCode(() -> elb.describeTargetGroups(r -> r.names("missing")), "TargetGroupNotFound");
        assertCode(() -> elb.describeListeners(r -> r.listenerArns(listener.listenerArn() + "0")),
                "ListenerNotFound");
        assertCode(() -> elb.modifyTargetGroup(r -> r.targetGroupArn(group.targetGroupArn())
                .healthCheckIntervalSeconds(5).healthCheckTimeoutSeconds(6)), "ValidationError");
        assertCode(() -> elb.createLoadBalancer(r -> r.name("bad-subnet").subnets("subnet-0123456789abcdef0")),
                "SubnetNotFound");
        assertCode(() -> elb.deleteTargetGroup(r -> r.targetGroupArn(group.targetGroupArn())), "ResourceInUse");
        assertCode(() -> elb.describeTargetGroups(r -> r.pageSize(401)), "ValidationError");

        // The SDK's paginators walk Marker/PageSize pages: every group once, in creation order.
        elb.createTargetGroup(r -> r.name("errors-tg2").protocol(ProtocolEnum.HTTP).port(8080).vpcId(vpcId));
        List<String> all = elb.describeTargetGroups().targetGroups().stream().map(TargetGroup::targetGroupName)
                .toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        assertThat(elb.describeTargetGroupsPaginator(r -> r.pageSize(1)).stream().toList()).hasSize(all.size())
                .allSatisfy(page -> assertThat(page.targetGroups()).hasSize(1));
        assertThat(elb.describeTargetGroupsPaginator(r -> r.pageSize(1)).targetGroups().stream()
                .map(TargetGroup::targetGroupName).toList()).isEqualTo(all);
        assertThat(elb.describeRules(r -> r.listenerArn(listener.listenerArn()).pageSize(1)).nextMarker())
                .as("a rule and the default rule: two pages").isNotNull();
    }

    private static TargetDescription target(int port) {
        return TargetDescription.builder().id("127.0.0.1").port(port).build();
    }

    private List<TargetHealthDescription> health(TargetGroup group) {
        return elb.describeTargetHealth(r -> r.targetGroupArn(group.targetGroupArn())).targetHealthDescriptions();
    }

    private List<TargetHealthDescription> waitFor(TargetGroup group,
                                                         Predicate<List<TargetHealthDescription>> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(HEALTH_WAIT);
        List<TargetHealthDescription> targets = health(group);
        while (!condition.test(targets)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("target health never reached the expected state: " + targets);
            }
            Thread.sleep(500);
            targets = health(group);
        }
        return targets;
    }

    private void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ElasticLoadBalancingV2Exception.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }

    /** The balancer's RequestCount Sum over the last hour once CloudWatch has any (the data plane is sampled). */
    private double awaitRequestCount(LoadBalancer balancer) throws InterruptedException {
        String dimension = balancer.loadBalancerArn().substring(balancer.loadBalancerArn().indexOf(":loadbalancer/")
                + ":loadbalancer/".length());
        try (CloudWatchClient cloudWatch = CloudWatchClient.builder().endpointOverride(gateway.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(tenant.provider())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            Instant deadline = Instant.now().plusSeconds(30);
            while (true) {
                Instant now = Instant.now();
                double sum = cloudWatch.getMetricStatistics(r -> r.namespace("AWS/ApplicationELB")
                        .metricName("RequestCount")
                        .dimensions(Dimension.builder().name("LoadBalancer").value(dimension).build())
                        .startTime(now.minusSeconds(3600)).endTime(now.plusSeconds(60)).period(3600)
                        .statistics(Statistic.SUM)).datapoints().stream()
                        .mapToDouble(Datapoint::sum).sum();
                if (sum > 0 || Instant.now().isAfter(deadline)) {
                    return sum;
                }
                Thread.sleep(1000);
            }
        }
    }
}
