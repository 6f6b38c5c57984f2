package io.cloudgate.cloudwatch.alarms.engine;

import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository;
import io.cloudgate.cloudwatch.alarms.model.AlarmRepository.AlarmKey;
import io.cloudgate.cloudwatch.metrics.MetricDataReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates alarms. {@link #evaluateDue} is the one entry point a scheduler (or a test) calls with the
 * current time: for each shard this gateway holds the lease on, every alarm whose evaluation interval
 * (its period, at most a minute, as AWS) has passed is evaluated over its last EvaluationPeriods periods.
 * The period in progress counts once it has a datapoint, so fresh data is acted on without waiting.
 */
public final class AlarmEngine {
    private static final System.Logger LOG = System.getLogger(AlarmEngine.class.getName());

    private final AlarmRepository alarms;
    private final AlarmTransitions transitions;
    private final SeriesReader series;
    private final ShardLeases leases;
    private final Map<AlarmKey, Instant> lastEvaluated = new ConcurrentHashMap<>();

    public AlarmEngine(AlarmRepository alarms, AlarmTransitions transitions, MetricDataReader reader,
                       ShardLeases leases) {
        this.alarms = alarms;
        this.transitions = transitions;
        this.series = new SeriesReader(reader);
        this.leases = leases;
    }

    /** Evaluates the due alarms of the shards this gateway holds; returns how many it evaluated. */
    public int evaluateDue(Instant now) {
        int evaluated = 0;
        for (int shard = 0; shard < AlarmRepository.SHARDS; shard++) {
            if (!leases.hold(shard, now)) {
                continue;
            }
            for (AlarmKey key : alarms.shard(shard)) {
                if (evaluateIfDue(key, now)) {
                    evaluated++;
                }
            }
        }
        return evaluated;
    }

    private boolean evaluateIfDue(AlarmKey key, Instant now) {
        try {
            var read = alarms.find(key.account(), key.name());
            if (read.isEmpty()) {
                lastEvaluated.remove(key);
                return false;
            }
            int period = read.get().alarm().config().evaluatedPeriod();
            Instant last = lastEvaluated.get(key);
            if (last != null && now.isBefore(last.plus(Duration.ofSeconds(Math.min(period, 60))))) {
                return false;
            }
            lastEvaluated.put(key, now);
            evaluate(read.get(), now);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Evaluating alarm " + key.name() + " of " + key.account()
                    + " failed", e);
            return false;
        }
    }

    /** Evaluates one alarm now and applies the resulting state. */
    public void evaluate(AlarmRepository.Versioned read, Instant now) {
        AlarmConfig config = read.alarm().config();
        long period = config.evaluatedPeriod();
        int n = config.evaluationPeriods();
        long periodMillis = period * 1000;
        Instant end = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), periodMillis) * periodMillis
                + periodMillis);
        Instant start = end.minusSeconds(period * (n + 1));
        Map<Instant, Datapoint> points = series.read(read.alarm(), start, end);
        Instant rangeEnd = points.containsKey(end.minusSeconds(period)) ? end : end.minusSeconds(period);
        List<Datapoint> range = new ArrayList<>(n);
        for (int i = n; i >= 1; i--) {
            Instant timestamp = rangeEnd.minusSeconds(period * i);
            range.add(points.getOrDefault(timestamp, Datapoint.missing(timestamp)));
        }
        Evaluation evaluation = AlarmEvaluator.evaluate(config, range, now, rangeEnd.minusSeconds(period * n));
        if (!evaluation.keepsState()) {
            transitions.apply(read, evaluation.state(), evaluation.reason(), evaluation.reasonData(), now, false);
        }
    }
}
