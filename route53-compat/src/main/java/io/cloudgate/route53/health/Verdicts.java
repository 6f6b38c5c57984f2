package io.cloudgate.route53.health;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The health status each check has now, remembered per gateway so that listeners hear of every flip this
 * gateway observes, whether its own probe or another gateway's caused it.
 */
final class Verdicts {
    private static final System.Logger LOG = System.getLogger(Verdicts.class.getName());

    private final CheckRepository repository;
    private final ProbeStates states;
    private final Map<CheckKey, Boolean> known = new ConcurrentHashMap<>();
    private final List<HealthStatuses.Listener> listeners = new CopyOnWriteArrayList<>();

    Verdicts(CheckRepository repository, ProbeStates states) {
        this.repository = repository;
        this.states = states;
    }

    void onChange(HealthStatuses.Listener listener) {
        listeners.add(listener);
    }

    /** A check this gateway has not evaluated yet, or that does not exist, counts as healthy. */
    boolean isHealthy(String account, String id) {
        Boolean healthy = known.get(new CheckKey(account, id));
        if (healthy != null) {
            return healthy;
        }
        return repository.find(account, id).map(check -> evaluate(check, new HashSet<>())).orElse(true);
    }

    /** Evaluates the check from the store and tells the listeners when its status differs from the last one. */
    void refresh(StoredCheck check) {
        boolean healthy = evaluate(check, new HashSet<>());
        CheckKey key = new CheckKey(check.account(), check.id());
        Boolean previous = known.put(key, healthy);
        if ((previous == null || previous) != healthy) {
            for (HealthStatuses.Listener listener : listeners) {
                try {
                    listener.changed(check.account(), check.id(), healthy);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Health status listener failed for " + key, e);
                }
            }
        }
    }

    void forget(CheckKey key) {
        known.keySet().remove(key);
    }

    /** Forgets every check not in {@code present} (deleted meanwhile, possibly by another gateway). */
    void retainOnly(Set<CheckKey> present) {
        known.keySet().retainAll(present);
    }

    private boolean evaluate(StoredCheck check, Set<CheckKey> visiting) {
        CheckConfig config = check.config();
        if (config.isDisabled()) {
            // AWS treats a disabled check as healthy; inverting it is how users stop routing to it.
            return !config.isInverted();
        }
        return switch (config.type()) {
            case CheckTypes.CALCULATED -> calculated(check, visiting) != config.isInverted();
            // Without a linked alarm there is never data, so the InsufficientDataHealthStatus decides.
            case CheckTypes.CLOUDWATCH_METRIC ->
                    !"Unhealthy".equals(config.insufficientDataHealthStatus()) != config.isInverted();
            // Endpoint probes are inverted one by one, so the stored status already accounts for Inverted.
            default -> states.get(check.account(), check.id()).healthy();
        };
    }

    private boolean calculated(StoredCheck check, Set<CheckKey> visiting) {
        if (!visiting.add(new CheckKey(check.account(), check.id()))) {
            return true;
        }
        int healthyChildren = 0;
        for (String childId : check.config().childHealthChecks()) {
            Boolean childHealthy = known.get(new CheckKey(check.account(), childId));
            if (childHealthy == null) {
                childHealthy = repository.find(check.account(), childId)
                        .map(child -> evaluate(child, visiting)).orElse(false);
            }
            if (childHealthy) {
                healthyChildren++;
            }
        }
        return healthyChildren >= check.config().healthThreshold();
    }
}
