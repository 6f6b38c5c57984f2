package io.cloudgate.elb.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps pools in step with instance states between ELB calls, for both APIs: a stopped instance leaves its pools,
 * a started (or newly running) one joins, within one period.
 */
public final class MemberRefresher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MemberRefresher.class.getName());

    private final ScheduledExecutorService scheduler;

    private MemberRefresher(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs each refresh every period; one that fails is logged and does not stop the others. */
    public static MemberRefresher start(List<Runnable> refreshes, Duration period) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "elb-member-refresher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            for (Runnable refresh : refreshes) {
                try {
                    refresh.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Refreshing load balancer members failed", e);
                }
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return new MemberRefresher(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
