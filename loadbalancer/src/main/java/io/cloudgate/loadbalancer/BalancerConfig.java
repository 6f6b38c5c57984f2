package io.cloudgate.loadbalancer;

import java.util.List;

/**
 * The whole desired state of one balancer.
 *
 * @param id        caller's id, stable for the balancer's life
 * @param listeners each on its own address and port
 * @param pools     referenced by the listeners' actions by {@link Pool#id()}
 */
public record BalancerConfig(String id, List<Listener> listeners, List<Pool> pools) {
    public BalancerConfig {
        listeners = List.copyOf(listeners);
        pools = List.copyOf(pools);
    }
}
