package io.cloudgate.cloudwatch.alarms.engine;

import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.AlarmState;
import java.time.Instant;
import java.util.List;

/**
 * Decides an alarm's state from the datapoints of its evaluation range with AWS's documented semantics:
 * M out of N (DatapointsToAlarm of EvaluationPeriods) breaching datapoints mean ALARM; missing datapoints
 * count as breaching ({@code breaching}), as not breaching ({@code notBreaching}), or are left out
 * ({@code missing}: all missing means INSUFFICIENT_DATA; {@code ignore}: all missing keeps the state);
 * percentile alarms with {@code EvaluateLowSampleCountPercentile=ignore} keep their state while a datapoint
 * has too few samples to be significant.
 */
public final class AlarmEvaluator {
    private AlarmEvaluator() {
    }

    /**
     * @param range the N periods of the evaluation range, oldest first
     * @param queryStart start of the data read
     */
    public static Evaluation evaluate(AlarmConfig config, List<Datapoint> range, Instant now, Instant queryStart) {
        if (lowSampleCountIgnored(config, range)) {
            return Evaluation.unchanged();
        }
        Comparison comparison = Comparison.of(config.comparisonOperator());
        double threshold = config.threshold();
        String treatment = config.treatMissingDataOrDefault();
        int required = config.datapointsToAlarmOrDefault();
        long present = range.stream().filter(d -> !d.isMissing()).count();
        long missing = range.size() - present;
        long breachingPresent = range.stream()
                .filter(d -> !d.isMissing() && comparison.breaches(d.value(), threshold)).count();
        StateReasons reasons = new StateReasons(config, comparison, range, now, queryStart);
        if (present == 0) {
            return switch (treatment) {
                case "ignore" -> Evaluation.unchanged();
                case "breaching" -> reasons.allMissingTreated(AlarmState.ALARM, "Breaching");
                case "notBreaching" -> reasons.allMissingTreated(AlarmState.OK, "NonBreaching");
                default -> reasons.insufficientData();
            };
        }
        long breaching = breachingPresent + ("breaching".equals(treatment) ? missing : 0);
        if (breaching >= required) {
            return reasons.crossed(AlarmState.ALARM, true, "breaching".equals(treatment) ? missing : 0);
        }
        return reasons.crossed(AlarmState.OK, false, "notBreaching".equals(treatment) ? missing : 0);
    }

    /** True when a percentile alarm must not change state because a datapoint has too few samples. */
    private static boolean lowSampleCountIgnored(AlarmConfig config, List<Datapoint> range) {
        if (!"ignore".equals(config.evaluateLowSampleCountPercentile()) || config.extendedStatistic() == null) {
            return false;
        }
        double minimum = minimumSamples(config.extendedStatistic());
        return range.stream().anyMatch(d -> !d.isMissing() && d.sampleCount() != null && d.sampleCount() < minimum);
    }

    /** A pN percentile is significant with at least 1 / (1 - N/100) samples (p99: 100, p90: 10, p50: 2). */
    static double minimumSamples(String percentile) {
        double p = Double.parseDouble(percentile.substring(1));
        if (p >= 100) {
            return 1;
        }
        return Math.ceil(1 / (1 - p / 100) - 1e-9);
    }
}
