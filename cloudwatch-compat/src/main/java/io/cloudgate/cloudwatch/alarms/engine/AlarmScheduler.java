package io.cloudgate.cloudwatch.alarms.engine;

import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Calls {@link AlarmEngine#evaluateDue} at a fixed interval on one daemon thread; started and stopped with the gateway. */
public final class AlarmScheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AlarmScheduler.class.getName());

    private final AlarmEngine engine;
    private final ShardLeases leases;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public AlarmScheduler(AlarmEngine engine, ShardLeases leases, Clock clock, Duration interval) {
        this.engine = engine;
        this.leases = leases;
        this.clock = clock;
        this.interval = interval;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("alarm-engine")
                .factory());
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            engine.evaluateDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Alarm evaluation round failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        leases.releaseAll(AlarmRepository.SHARDS);
    }
}
