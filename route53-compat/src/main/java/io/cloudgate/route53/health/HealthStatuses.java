package io.cloudgate.route53.health;

/**
 * The current verdict of the health checker, which failover, weighted and multivalue answers consult when record
 * sets are turned into served DNS data. Listeners are told when a verdict flips so that the affected names are
 * served again.
 */
public interface HealthStatuses {

    /** Whether the account's health check (by its Route 53 id) is healthy now; a check not yet probed is healthy. */
    boolean isHealthy(String account, String healthCheckId);

    void onChange(Listener listener);

    /** Called after a health check's verdict changed. */
    @FunctionalInterface
    interface Listener {
        void changed(String account, String healthCheckId, boolean healthy);
    }
}
