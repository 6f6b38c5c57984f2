package io.cloudgate.elb.classic;

import static io.cloudgate.elb.core.ElbMetricSink.growth;

import io.cloudgate.elb.core.BalancerIndex;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.elb.core.ElbMetricSink;
import io.cloudgate.elb.core.InstanceMembers;
import io.cloudgate.elb.core.InstanceMembers.InstanceTarget;
import io.cloudgate.loadbalancer.BalancerStatistics;
import io.cloudgate.loadbalancer.DataPlane;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancing.model.InstanceState;

/**
 * The AWS/ELB metrics of every classic balancer, from the data plane, per LoadBalancerName (host counts also per
 * LoadBalancerName and AvailabilityZone). As AWS does, counters are reported only when they grew and host counts
 * only while instances are registered. Each sample differences the data plane's monotonic counters against the
 * previous one (a balancer's first sample counts from zero). Not thread-safe: one scheduler thread samples.
 */
public final class ClassicMetricSampler {
    static final String NAMESPACE = "AWS/ELB";

    private final ClassicStore store;
    private final InstanceMembers instances;
    private final DataPlane dataPlane;
    private final ElbMetricSink sink;
    private final Clock clock;
    private final Map<String, BalancerStatistics> previous = new HashMap<>();

    public ClassicMetricSampler(ElbContext elb, ElbMetricSink sink, Clock clock) {
        this.store = new ClassicStore(elb.ec2().store(), elb.index());
        this.instances = elb.instanceMembers();
        this.dataPlane = elb.dataPlane();
        this.sink = sink;
        this.clock = clock;
    }

    public void sample() {
        Instant now = clock.instant();
        Map<String, BalancerStatistics> current = new HashMap<>();
        for (BalancerIndex.Entry entry : store.indexed()) {
            store.find(entry.account(), entry.name()).ifPresent(balancer -> {
                BalancerStatistics statistics = dataPlane.statistics(balancer.arn());
                current.put(balancer.arn(), statistics);
                counters(entry.account(), balancer,
                        previous.getOrDefault(balancer.arn(), BalancerStatistics.NONE), statistics, now);
                hosts(entry.account(), balancer, now);
            });
        }
        previous.clear();
        previous.putAll(current);
    }

    private void counters(String account, ClassicBalancer balancer, BalancerStatistics before,
                          BalancerStatistics now, Instant at) {
        Map<String, String> dimensions = Map.of("LoadBalancerName", balancer.name());
        long requests = growth(before.requests(), now.requests());
        boolean http = balancer.listeners().stream().anyMatch(ClassicBalancer.ClassicListener::http);
        // On TCP listeners AWS counts the connections made to instances as requests.
        long requestCount = http ? requests
                : growth(before.connectionsAccepted(), now.connectionsAccepted());
        Map<String, Double> grown = new LinkedHashMap<>();
        grown.put("RequestCount", (double) requestCount);
        grown.put("HTTPCode_Backend_2XX", (double) growth(before.memberResponses2xx(),
                now.memberResponses2xx()));
        grown.put("HTTPCode_Backend_3XX", (double) growth(before.memberResponses3xx(),
                now.memberResponses3xx()));
        grown.put("HTTPCode_Backend_4XX", (double) growth(before.memberResponses4xx(),
                now.memberResponses4xx()));
        grown.put("HTTPCode_Backend_5XX", (double) growth(before.memberResponses5xx(),
                now.memberResponses5xx()));
        grown.put("HTTPCode_ELB_4XX", (double) growth(before.balancerResponses4xx(),
                now.balancerResponses4xx()));
        grown.put("HTTPCode_ELB_5XX", (double) growth(before.balancerResponses5xx(),
                now.balancerResponses5xx()));
        grown.put("EstimatedALBNewConnectionCount", (double) growth(before.connectionsAccepted(),
                now.connectionsAccepted()));
        grown.forEach((name, value) -> {
            if (value > 0) {
                sink.put(account, NAMESPACE, name, dimensions, at, value, "Count");
            }
        });
        long bytes = growth(before.bytesIn() + before.bytesOut(), now.bytesIn() + now.bytesOut());
        if (bytes > 0) {
            sink.put(account, NAMESPACE, "EstimatedProcessedBytes", dimensions, at, bytes, "Bytes");
        }
        if (now.activeConnections() > 0) {
            sink.put(account, NAMESPACE, "EstimatedALBActiveConnectionCount", dimensions, at,
                    now.activeConnections(), "Count");
        }
        if (http && requests > 0) {
            sink.put(account, NAMESPACE, "Latency", dimensions, at,
                    growth(before.latencyMicrosTotal(), now.latencyMicrosTotal()) / 1e6 / requests,
                    "Seconds");
        }
    }

    /**
     * HealthyHostCount (InService instances) and UnHealthyHostCount (the other registered ones) for the balancer,
     * and per zone it serves for the instances in that zone.
     */
    private void hosts(String account, ClassicBalancer balancer, Instant at) {
        Map<String, InstanceTarget> targets = new LinkedHashMap<>();
        for (String instanceId : balancer.instances()) {
            instances.find(account, instanceId).ifPresent(target -> targets.put(instanceId, target));
        }
        if (targets.isEmpty()) {
            return;
        }
        List<InstanceState> states = InstanceHealthView.states(balancer, balancer.instances(), targets,
                dataPlane.health(balancer.arn()));
        report(account, balancer, Map.of("LoadBalancerName", balancer.name()), states, at);
        for (String zone : balancer.zones()) {
            List<InstanceState> inZone = states.stream()
                    .filter(state -> zone.equals(targets.get(state.instanceId()).zone())).toList();
            if (!inZone.isEmpty()) {
                report(account, balancer, Map.of("LoadBalancerName", balancer.name(), "AvailabilityZone", zone),
                        inZone, at);
            }
        }
    }

    private void report(String account, ClassicBalancer balancer, Map<String, String> dimensions,
                        List<InstanceState> states, Instant at) {
        long healthy = states.stream().filter(state -> "InService".equals(state.state())).count();
        sink.put(account, NAMESPACE, "HealthyHostCount", dimensions, at, healthy, "Count");
        sink.put(account, NAMESPACE, "UnHealthyHostCount", dimensions, at, states.size() - healthy, "Count");
    }
}
