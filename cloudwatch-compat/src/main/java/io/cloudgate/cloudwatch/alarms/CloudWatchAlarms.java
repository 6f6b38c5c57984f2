package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.cloudwatch.CloudWatchContext;
import io.cloudgate.cloudwatch.alarms.actions.ActionTargets;
import io.cloudgate.cloudwatch.alarms.engine.AlarmScheduler;
import io.cloudgate.cloudwatch.dashboards.DashboardOperations;
import io.cloudgate.cloudwatch.dashboards.Dashboards;
import io.cloudgate.cloudwatch.tags.ResourceTags;
import io.cloudgate.cloudwatch.tags.TagOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The alarm, dashboard and tag side of CloudWatch, built once per gateway: its operations and the scheduler
 * that drives the alarm engine share one {@link AlarmContext}.
 */
public record CloudWatchAlarms(AlarmContext alarms, Dashboards dashboards, ResourceTags tags,
                               CloudWatchContext context) {

    /** Actions run on virtual threads. */
    public static CloudWatchAlarms of(CloudWatchContext context, ActionTargets targets) {
        return of(context, targets, Executors.newVirtualThreadPerTaskExecutor());
    }

    public static CloudWatchAlarms of(CloudWatchContext context, ActionTargets targets, Executor actionExecutor) {
        ResourceTags tags = new ResourceTags(context.store());
        AlarmContext alarms = AlarmContext.of(context.store(), tags, context.reader(), targets, context.clock(),
                actionExecutor, context.region());
        return new CloudWatchAlarms(alarms, new Dashboards(context.store()), tags, context);
    }

    public List<BoundOperation> alarmOperations() {
        return AlarmOperations.all(alarms);
    }

    public List<BoundOperation> dashboardOperations() {
        return DashboardOperations.all(dashboards, tags);
    }

    public List<BoundOperation> tagOperations() {
        return TagOperations.all(tags, (account, arn) -> alarms.alarmExists(account, arn)
                || Dashboards.nameOf(arn).flatMap(name -> dashboards.find(account, name)).isPresent());
    }

    /** All of the above. */
    public List<BoundOperation> operations() {
        List<BoundOperation> all = new ArrayList<>(alarmOperations());
        all.addAll(dashboardOperations());
        all.addAll(tagOperations());
        return all;
    }

    /** A scheduler calling the engine every {@code interval}; the caller starts and closes it. */
    public AlarmScheduler scheduler(Duration interval) {
        return new AlarmScheduler(alarms.engine(), alarms.leases(), context.clock(), interval);
    }
}
