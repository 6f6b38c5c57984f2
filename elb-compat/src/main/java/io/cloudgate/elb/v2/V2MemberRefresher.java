package io.cloudgate.elb.v2;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps pools in step with instance states between ELB calls: a stopped instance leaves its pools, a started one
 * rejoins, within one period.
 */
public final class V2MemberRefresher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(V2MemberRefresher.class.getName());

    private final ScheduledExecutorService scheduler;

    private V2MemberRefresher(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public static V2MemberRefresher start(V2Context context, Duration period) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "elbv2-member-refresher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                context.refreshMembers();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Refreshing load balancer members failed", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return new V2MemberRefresher(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
