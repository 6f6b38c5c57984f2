package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.BalancerStatistics;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.DataPlaneHealth;
import io.cloudgate.loadbalancer.MemberHealth;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The default data plane: a Netty proxy inside the gateway on its own small event loop group. All traffic, health
 * checks and draining run on that group without blocking it; only {@link #apply} and {@link #remove} wait (for
 * binding and unbinding), on the caller's thread.
 */
public final class EmbeddedDataPlane implements DataPlane {
    private final EventLoopGroup group;
    private final Clock clock;
    private final EmbeddedDataPlaneSettings settings;
    private final Map<String, RunningBalancer> balancers = new HashMap<>();
    private boolean closed;

    private EmbeddedDataPlane(Clock clock, EmbeddedDataPlaneSettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.group = new NioEventLoopGroup(settings.eventLoopThreads(), new DefaultThreadFactory("cloudgate-lb", true));
    }

    public static EmbeddedDataPlane start(Clock clock, EmbeddedDataPlaneSettings settings) {
        return new EmbeddedDataPlane(clock, settings);
    }

    @Override
    public synchronized void apply(BalancerConfig config) {
        if (closed) {
            throw new DataPlaneException(
                    DataPlaneException.Kind.UNAVAILABLE, "the data plane is closed");
        }
        ConfigValidation.validate(config, settings.portOffset());
        RunningBalancer balancer = balancers.get(config.id());
        boolean created = balancer == null;
        if (created) {
            balancer = new RunningBalancer(group, clock, settings);
        }
        try {
            balancer.apply(config);
        } catch (RuntimeException e) {
            if (created) {
                balancer.close();
            }
            throw e;
        }
        balancers.put(config.id(), balancer);
    }

    @Override
    public synchronized void remove(String balancerId) {
        RunningBalancer balancer = balancers.remove(balancerId);
        if (balancer != null) {
            balancer.close();
        }
    }

    @Override
    public synchronized List<MemberHealth> health(String balancerId) {
        RunningBalancer balancer = balancers.get(balancerId);
        return balancer == null ? List.of() : balancer.health();
    }

    @Override
    public synchronized BalancerStatistics statistics(String balancerId) {
        RunningBalancer balancer = balancers.get(balancerId);
        return balancer == null ? BalancerStatistics.NONE : balancer.stats.snapshot();
    }

    @Override
    public synchronized DataPlaneHealth dataPlaneHealth() {
        if (closed || group.isShuttingDown()) {
            return new DataPlaneHealth(false, "closed");
        }
        int listeners = balancers.values().stream().mapToInt(RunningBalancer::listenerCount).sum();
        return new DataPlaneHealth(true, "embedded: " + balancers.size() + " balancers, " + listeners + " listeners");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        balancers.values().forEach(RunningBalancer::close);
        balancers.clear();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
