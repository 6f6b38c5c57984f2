package io.cloudgate.elb.v2;

import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.BalancerStatistics;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneHealth;
import io.cloudgate.loadbalancer.MemberHealth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A data plane that only remembers what it was told, to check what the ELB layer hands over. */
final class RecordingDataPlane implements DataPlane {
    final Map<String, BalancerConfig> balancers = new ConcurrentHashMap<>();

    @Override
    public void apply(BalancerConfig config) {
        balancers.put(config.id(), config);
    }

    @Override
    public void remove(String balancerId) {
        balancers.remove(balancerId);
    }

    @Override
    public List<MemberHealth> health(String balancerId) {
        return List.of();
    }

    @Override
    public BalancerStatistics statistics(String balancerId) {
        return BalancerStatistics.NONE;
    }

    @Override
    public DataPlaneHealth dataPlaneHealth() {
        return new DataPlaneHealth(true, "recording");
    }

    @Override
    public void close() {
        balancers.clear();
    }
}
