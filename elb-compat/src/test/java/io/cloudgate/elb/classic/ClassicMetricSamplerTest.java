package io.cloudgate.elb.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.loadbalancer.BalancerStatistics;
import io.cloudgate.loadbalancer.MemberHealth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.Instance;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancing.model.RegisterInstancesWithLoadBalancerRequest;

class ClassicMetricSamplerTest {
    private final ClassicTestbed bed = new ClassicTestbed();
    private final List<Datum> data = new ArrayList<>();
    private final ClassicMetricSampler sampler = new ClassicMetricSampler(
            new ElbContext(bed.dataPlane, bed.ec2, bed.dns), (account, namespace, name, dimensions, at, value, unit) ->
            data.add(new Datum(account, namespace, name, dimensions, value, unit)), bed.clock);

    record Datum(String account, String namespace, String name, Map<String, String> dimensions, double value,
                 String unit) {
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void countersAreDifferencedBetweenSamplesAndReportedOnlyWhenTheyGrew() {
        String arn = create("web", "HTTP");
        bed.dataPlane.statistics.put(arn, statistics(10, 2_000_000, 8, 2, 1));
        sampler.sample();
        assertThat(values("RequestCount")).containsExactly(10.0);
        assertThat(only("RequestCount").dimensions()).isEqualTo(Map.of("LoadBalancerName", "web"));
        assertThat(only("RequestCount").account()).isEqualTo(ClassicTestbed.ACCOUNT);
        assertThat(only("Latency").value()).isCloseTo(0.2, within(1e-9));
        assertThat(only("Latency").unit()).isEqualTo("Seconds");
        assertThat(values("HTTPCode_Backend_2XX")).containsExactly(8.0);
        assertThat(values("HTTPCode_Backend_5XX")).containsExactly(2.0);
        assertThat(values("HTTPCode_ELB_5XX")).containsExactly(1.0);
        assertThat(values("HTTPCode_Backend_3XX")).as("no 3xx responses, nothing reported").isEmpty();
        assertThat(data).allSatisfy(datum -> assertThat(datum.namespace()).isEqualTo("AWS/ELB"));
        assertThat(values("HealthyHostCount")).as("no registered instances").isEmpty();

        data.clear();
        bed.clock.advance(Duration.ofSeconds(10));
        bed.dataPlane.statistics.put(arn, statistics(13, 2_300_000, 11, 2, 1));
        sampler.sample();
        assertThat(values("RequestCount")).containsExactly(3.0);
        assertThat(only("Latency").value()).isCloseTo(0.1, within(1e-9));
        assertThat(values("HTTPCode_Backend_5XX")).isEmpty();

        data.clear();
        sampler.sample();
        assertThat(values("RequestCount")).isEmpty();
    }

    @Test
    void tcpBalancersCountConnectionsAsRequests() {
        String arn = create("tcp", "TCP");
        bed.dataPlane.statistics.put(arn, new BalancerStatistics(0, 4, 1, 0, 0, 0, 0, 0, 0, 0, 100, 200));
        sampler.sample();
        assertThat(values("RequestCount")).containsExactly(4.0);
        assertThat(values("EstimatedProcessedBytes")).containsExactly(300.0);
        assertThat(values("Latency")).isEmpty();
    }

    @Test
    void hostCountsFollowInstanceHealthPerBalancerAndZone() {
        String arn = create("web", "HTTP");
        String healthy = bed.runningInstance("us-east-1a");
        String failing = bed.runningInstance("us-east-1a");
        String stopped = bed.runningInstance("us-east-1a");
        bed.call("RegisterInstancesWithLoadBalancer", RegisterInstancesWithLoadBalancerRequest.builder()
                .loadBalancerName("web").instances(List.of(healthy, failing, stopped).stream()
                        .map(id -> Instance.builder().instanceId(id).build()).toList()).build());
        bed.stop(stopped);
        bed.dataPlane.health.put(arn, List.of(new MemberHealth("pool-80", healthy, MemberHealth.State.HEALTHY, null),
                new MemberHealth("pool-80", failing, MemberHealth.State.UNHEALTHY, "timeout")));
        sampler.sample();
        assertThat(data).filteredOn(d -> d.name().equals("HealthyHostCount"))
                .extracting(Datum::dimensions, Datum::value).containsExactlyInAnyOrder(
                        tuple(Map.of("LoadBalancerName", "web"), 1.0),
                        tuple(Map.of("LoadBalancerName", "web",
                                "AvailabilityZone", "us-east-1a"), 1.0));
        assertThat(data).filteredOn(d -> d.name().equals("UnHealthyHostCount")).extracting(Datum::value)
                .containsExactly(2.0, 2.0);
    }

    private String create(String name, String protocol) {
        bed.call("CreateLoadBalancer", CreateLoadBalancerRequest.builder().loadBalancerName(name)
                .availabilityZones("us-east-1a").listeners(Listener.builder().protocol(protocol).loadBalancerPort(80)
                        .instanceProtocol(protocol).instancePort(8080).build()).build());
        return bed.dataPlane.configs.keySet().stream().filter(arn -> arn.endsWith("/" + name)).findFirst()
                .orElseThrow();
    }

    private static BalancerStatistics statistics(long requests, long latencyMicros, long member2xx, long member5xx,
                                                 long balancer5xx) {
        return new BalancerStatistics(requests, requests, 0, latencyMicros, member2xx, 0, 0, member5xx, 0,
                balancer5xx, 0, 0);
    }

    private List<Double> values(String name) {
        return data.stream().filter(d -> d.name().equals(name)).map(Datum::value).toList();
    }

    private Datum only(String name) {
        return data.stream().filter(d -> d.name().equals(name)).reduce((a, b) -> {
            throw new AssertionError("more than one " + name);
        }).orElseThrow(() -> new AssertionError("no " + name + " in " + data));
    }
}
