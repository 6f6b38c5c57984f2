package io.cloudgate.cloudwatch.alarms.actions;

import io.cloudgate.cloudwatch.alarms.model.AlarmHistory;
import io.cloudgate.cloudwatch.alarms.model.HistoryItems;
import io.cloudgate.cloudwatch.alarms.model.StoredAlarm;
import io.cloudgate.cloudwatch.alarms.model.StoredDimension;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the actions of the state an alarm just entered, when its actions are enabled, and records each
 * outcome in the alarm's history ("Successfully executed action ..." / "Failed to execute action ...").
 * Actions run on the executor (virtual threads in the gateway), never on the evaluating thread.
 */
public final class AlarmActionRunner {
    private static final Pattern EC2 = Pattern.compile("arn:aws[a-z-]*:automate:[a-z0-9-]+:ec2:(stop|terminate|reboot|recover)");

    private final ActionTargets targets;
    private final AlarmHistory history;
    private final Clock clock;
    private final Executor executor;
    private final String region;

    public AlarmActionRunner(ActionTargets targets, AlarmHistory history, Clock clock, Executor executor,
                             String region) {
        this.targets = targets;
        this.history = history;
        this.clock = clock;
        this.executor = executor;
        this.region = region;
    }

    /** Runs the actions for the alarm's (new) state after a transition from {@code oldState}. */
    public void onTransition(StoredAlarm alarm, String oldState) {
        if (!alarm.config().actionsEnabled()) {
            return;
        }
        for (String action : alarm.config().actionsFor(alarm.state().value())) {
            executor.execute(() -> runOne(alarm, oldState, action));
        }
    }

    private void runOne(StoredAlarm alarm, String oldState, String action) {
        boolean succeeded;
        String detail = null;
        try {
            dispatch(alarm, oldState, action);
            succeeded = true;
        } catch (RuntimeException e) {
            succeeded = false;
            detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        history.record(alarm.account(), HistoryItems.action(alarm.name(), action, succeeded, detail,
                alarm.state().updated(), clock.instant()));
    }

    private void dispatch(StoredAlarm alarm, String oldState, String action) {
        Matcher ec2 = EC2.matcher(action);
        if (ec2.matches()) {
            String instanceId = alarm.config().dimensions().stream().filter(d -> "InstanceId".equals(d.name()))
                    .map(StoredDimension::value).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The alarm has no InstanceId dimension"));
            targets.instances().perform(alarm.account(), instanceId,
                    InstanceActions.Verb.valueOf(ec2.group(1).toUpperCase(Locale.ROOT)));
        } else if (action.contains(":autoscaling:")) {
            targets.scaling().invoke(alarm.account(), action, alarm.name(), alarm.state().value());
        } else if (action.startsWith("http://") || action.startsWith("https://")) {
            targets.webhooks().post(action, AlarmNotification.json(alarm, oldState, region));
        } else {
            throw new IllegalStateException("Actions of this kind are not supported by this endpoint");
        }
    }
}
