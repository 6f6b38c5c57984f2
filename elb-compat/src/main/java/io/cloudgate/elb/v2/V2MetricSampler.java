package io.cloudgate.elb.v2;

import static io.cloudgate.elb.core.ElbMetricSink.growth;

import io.cloudgate.elb.core.BalancerIndex;
import io.cloudgate.elb.core.ElbMetricSink;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.loadbalancer.BalancerStatistics;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.MemberHealth;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS/ApplicationELB and AWS/NetworkELB metrics of every balancer, from the data plane: each sample differences
 * the data plane's monotonic counters against the previous sample (a balancer's first sample counts from zero: its
 * counters start when it is first applied), and reports host counts per target group. Not thread-safe: one scheduler thread samples.
 */
public final class V2MetricSampler {
    private final V2Context context;
    private final DataPlane dataPlane;
    private final ElbMetricSink sink;
    private final Clock clock;
    private final Map<String, BalancerStatistics> previous = new HashMap<>();

    public V2MetricSampler(V2Context context, ElbMetricSink sink, Clock clock) {
        this.context = context;
        this.dataPlane = context.elb().dataPlane();
        this.sink = sink;
        this.clock = clock;
    }

    public void sample() {
        Instant now = clock.instant();
        Map<String, BalancerStatistics> current = new HashMap<>();
        for (BalancerIndex.Entry entry : context.elb().index().all(V2Context.API)) {
            context.store().balancerByName(entry.account(), entry.name()).ifPresent(balancer -> {
                BalancerStatistics statistics = dataPlane.statistics(balancer.id());
                current.put(balancer.id(), statistics);
                counters(entry.account(), balancer, previous.getOrDefault(balancer.id(), BalancerStatistics.NONE),
                        statistics, now);
                hosts(entry.account(), balancer, now);
            });
        }
        previous.clear();
        previous.putAll(current);
    }

    private void counters(String account, LoadBalancerDoc balancer, BalancerStatistics before,
                          BalancerStatistics now, Instant at) {
        Map<String, String> dimensions = Map.of("LoadBalancer", dimension(balancer.arn(), ":loadbalancer/"));
        String namespace = namespace(balancer);
        sink.put(account, namespace, "ActiveConnectionCount", dimensions, at, now.activeConnections(), "Count");
        sink.put(account, namespace, balancer.network() ? "NewFlowCount" : "NewConnectionCount", dimensions, at,
                growth(before.connectionsAccepted(), now.connectionsAccepted()), "Count");
        sink.put(account, namespace, "ProcessedBytes", dimensions, at,
                growth(before.bytesIn() + before.bytesOut(), now.bytesIn() + now.bytesOut()), "Bytes");
        if (balancer.network()) {
            return;
        }
        long requests = growth(before.requests(), now.requests());
        sink.put(account, namespace, "RequestCount", dimensions, at, requests, "Count");
        if (requests > 0) {
            sink.put(account, namespace, "TargetResponseTime", dimensions, at,
                    growth(before.latencyMicrosTotal(), now.latencyMicrosTotal()) / 1e6 / requests, "Seconds");
        }
        sink.put(account, namespace, "HTTPCode_Target_2XX_Count", dimensions, at,
                growth(before.memberResponses2xx(), now.memberResponses2xx()), "Count");
        sink.put(account, namespace, "HTTPCode_Target_3XX_Count", dimensions, at,
                growth(before.memberResponses3xx(), now.memberResponses3xx()), "Count");
        sink.put(account, namespace, "HTTPCode_Target_4XX_Count", dimensions, at,
                growth(before.memberResponses4xx(), now.memberResponses4xx()), "Count");
        sink.put(account, namespace, "HTTPCode_Target_5XX_Count", dimensions, at,
                growth(before.memberResponses5xx(), now.memberResponses5xx()), "Count");
        sink.put(account, namespace, "HTTPCode_ELB_4XX_Count", dimensions, at,
                growth(before.balancerResponses4xx(), now.balancerResponses4xx()), "Count");
        sink.put(account, namespace, "HTTPCode_ELB_5XX_Count", dimensions, at,
                growth(before.balancerResponses5xx(), now.balancerResponses5xx()), "Count");
    }

    /** HealthyHostCount and UnHealthyHostCount per target group the balancer's pools stand for. */
    private void hosts(String account, LoadBalancerDoc balancer, Instant at) {
        List<MemberHealth> health = dataPlane.health(balancer.id());
        for (TargetGroupDoc group : context.store().targetGroups(account)) {
            List<MemberHealth> members = health.stream().filter(m -> m.poolId().equals(group.id())).toList();
            if (members.isEmpty() && !V2References.forwardsTo(balancer, group.arn())) {
                continue;
            }
            long healthy = members.stream().filter(m -> m.state() == MemberHealth.State.HEALTHY).count();
            long unhealthy = members.stream().filter(m -> m.state() == MemberHealth.State.UNHEALTHY).count();
            Map<String, String> dimensions = Map.of("LoadBalancer", dimension(balancer.arn(), ":loadbalancer/"),
                    "TargetGroup", dimension(group.arn(), ":"));
            sink.put(account, namespace(balancer), "HealthyHostCount", dimensions, at, healthy, "Count");
            sink.put(account, namespace(balancer), "UnHealthyHostCount", dimensions, at, unhealthy, "Count");
        }
    }

    private static String namespace(LoadBalancerDoc balancer) {
        return balancer.network() ? "AWS/NetworkELB" : "AWS/ApplicationELB";
    }

    /** The ARN's resource after the marker: {@code app/<name>/<id>}, {@code targetgroup/<name>/<id>}. */
    private static String dimension(String arn, String marker) {
        return arn.substring(arn.lastIndexOf(marker) + marker.length());
    }
}
