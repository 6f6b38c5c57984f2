package io.cloudgate.loadbalancer;

import java.util.List;

/**
 * What the load-balancing APIs need from a data plane, in its own vocabulary: balancers whose listeners carry real
 * HTTP and TCP traffic to pools of members, with health checks, stickiness and draining. One instance serves every
 * tenant; balancers are known by an id the caller chooses. Configuration is declarative: the caller always hands
 * over a balancer's whole desired configuration and the data plane converges to it without dropping connections
 * that the new configuration still allows.
 */
public interface DataPlane extends AutoCloseable {

    /**
     * Creates or replaces a balancer's configuration. Listeners start accepting before this returns; members keep
     * their health state across applies when their pool, address and port are unchanged; members that disappear
     * are drained for their pool's draining time.
     *
     * @throws DataPlaneException ADDRESS_IN_USE when a listener cannot bind, INVALID_CONFIGURATION when the
     *                            configuration is inconsistent (nothing is changed then)
     */
    void apply(BalancerConfig config);

    /** Stops the balancer's listeners and forgets it; not an error when it is unknown. */
    void remove(String balancerId);

    /** The health of every member of every pool of the balancer; empty when it is unknown. */
    List<MemberHealth> health(String balancerId);

    /** Counters since the balancer was first applied (monotonic, for CloudWatch to difference). */
    BalancerStatistics statistics(String balancerId);

    DataPlaneHealth dataPlaneHealth();

    @Override
    void close();
}
