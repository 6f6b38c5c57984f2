package io.cloudgate.route53.health;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * Route 53 health checks: their operations, and the checker that probes HTTP, HTTPS and TCP endpoints on their
 * RequestInterval and keeps the healthy/unhealthy verdict that record sets consult. Several gateways may share a
 * store: each probe of a check is made by one of them, and each tells its own listeners of every flip.
 */
public final class HealthChecks implements HealthStatuses, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HealthChecks.class.getName());
    private static final long TICK_MILLIS = 1000;

    private final CheckRepository repository;
    private final Verdicts verdicts;
    private final Checker checker;
    private final ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor();
    private final AutoCloseable prober;
    private final List<BoundOperation> operations;
    private volatile BiPredicate<String, String> referencedByRecords = (account, id) -> false;
    private ScheduledExecutorService scheduler;

    HealthChecks(DocumentStore store, Clock clock, EndpointProber prober) {
        this.repository = new CheckRepository(store);
        ProbeStates states = new ProbeStates(store, UUID.randomUUID().toString());
        this.verdicts = new Verdicts(repository, states);
        this.checker = new Checker(repository, states, verdicts, prober, clock, probes);
        this.prober = prober instanceof AutoCloseable closeable ? closeable : () -> { };
        this.operations = HealthCheckOperations.all(repository, states, verdicts, () -> referencedByRecords);
    }

    /** Health checks over the store, probing real endpoints every second's tick from now on. */
    public static HealthChecks start(DocumentStore store, Clock clock) {
        HealthChecks checks = new HealthChecks(store, clock, new NetworkProber());
        checks.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("route53-health-checker").factory());
        checks.scheduler.scheduleWithFixedDelay(checks::tickSafely, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return checks;
    }

    /** The Route 53 health check operations (restXml), for the Route 53 service to serve. */
    public List<BoundOperation> operations() {
        return operations;
    }

    public boolean exists(String account, String healthCheckId) {
        return healthCheckId != null && repository.find(account, healthCheckId).isPresent();
    }

    /** How many health checks the account has (for GetAccountLimit's MAX_HEALTH_CHECKS_BY_OWNER). */
    public int count(String account) {
        return repository.count(account);
    }

    /** Lets the owner of record sets refuse DeleteHealthCheck (HealthCheckInUse) for checks records refer to. */
    public void setInUseCheck(BiPredicate<String, String> referenced) {
        this.referencedByRecords = referenced;
    }

    @Override
    public boolean isHealthy(String account, String healthCheckId) {
        return verdicts.isHealthy(account, healthCheckId);
    }

    @Override
    public void onChange(Listener listener) {
        verdicts.onChange(listener);
    }

    /** One round of the checker; the future completes when the probes it started are recorded. */
    CompletableFuture<Void> tick() {
        return checker.tick();
    }

    private void tickSafely() {
        try {
            checker.tick();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Health checker round failed", e);
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        probes.shutdownNow();
        try {
            prober.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the health prober failed", e);
        }
    }
}
