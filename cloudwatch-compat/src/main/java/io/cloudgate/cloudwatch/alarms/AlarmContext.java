package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.cloudwatch.alarms.actions.ActionTargets;
import io.cloudgate.cloudwatch.alarms.actions.AlarmActionRunner;
import io.cloudgate.cloudwatch.alarms.engine.AlarmEngine;
import io.cloudgate.cloudwatch.alarms.engine.AlarmTransitions;
import io.cloudgate.cloudwatch.alarms.engine.ShardLeases;
import io.cloudgate.cloudwatch.alarms.model.AlarmHistory;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import io.cloudgate.cloudwatch.metrics.MetricDataReader;
import io.cloudgate.cloudwatch.tags.ResourceTags;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * What the alarm operations and the alarm engine share: alarms, their history, tags, the transition logic
 * (which runs actions), and the alarm engine reading metrics through {@link MetricDataReader}.
 */
public record AlarmContext(AlarmRepository alarms, AlarmHistory history, ResourceTags tags,
                           AlarmTransitions transitions, AlarmEngine engine, ShardLeases leases,
                           int maxAlarmsPerAccount) {
    public static final int DEFAULT_MAX_ALARMS = 10_000;
    private static final Duration LEASE = Duration.ofSeconds(30);

    /**
     * @param actionExecutor where alarm actions run (virtual threads in the gateway; the caller's thread in tests)
     */
    public static AlarmContext of(DocumentStore store, ResourceTags tags, MetricDataReader reader,
                                  ActionTargets targets, Clock clock, Executor actionExecutor, String region) {
        AlarmRepository alarms = new AlarmRepository(store);
        AlarmHistory history = new AlarmHistory(store);
        AlarmTransitions transitions = new AlarmTransitions(alarms, history,
                new AlarmActionRunner(targets, history, clock, actionExecutor, region));
        ShardLeases leases = new ShardLeases(store, UUID.randomUUID().toString(), LEASE);
        AlarmEngine engine = new AlarmEngine(alarms, transitions, reader, leases);
        return new AlarmContext(alarms, history, tags, transitions, engine, leases, DEFAULT_MAX_ALARMS);
    }

    /** Whether an alarm ARN of this service names an existing alarm of the account. */
    public boolean alarmExists(String account, String arn) {
        int marker = arn.indexOf(":alarm:");
        return marker >= 0 && alarms.find(account, arn.substring(marker + ":alarm:".length())).isPresent();
    }
}
