package io.cloudgate.cloudwatch.alarms.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.cloudwatch.alarms.model.AlarmConfig;
import io.cloudgate.cloudwatch.alarms.model.AlarmJson;
import io.cloudgate.cloudwatch.alarms.model.AlarmState;
import io.cloudgate.cloudwatch.alarms.model.AwsDates;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes state reasons and reason data as AWS does, e.g. "Threshold Crossed: 1 datapoint [95.0 (21/11/26
 * 10:00:00)] was greater than the threshold (80.0)." and {"version":"1.0","queryDate":...}.
 */
final class StateReasons {
    private final AlarmConfig config;
    private final Comparison comparison;
    private final List<Datapoint> range;
    private final Instant now;
    private final Instant queryStart;

    StateReasons(AlarmConfig config, Comparison comparison, List<Datapoint> range, Instant now,
                 Instant queryStart) {
        this.config = config;
        this.comparison = comparison;
        this.range = range;
        this.now = now;
        this.queryStart = queryStart;
    }

    Evaluation insufficientData() {
        int n = range.size();
        String reason = "Insufficient Data: " + n + (n == 1 ? " datapoint was" : " datapoints were") + " unknown.";
        return new Evaluation(AlarmState.INSUFFICIENT_DATA, reason, reasonData(), range);
    }

    Evaluation allMissingTreated(String state, String treatedAs) {
        int n = range.size();
        String reason = "Threshold Crossed: no datapoints were received for " + n + (n == 1 ? " period" : " periods")
                + " and " + n + " missing " + (n == 1 ? "datapoint was" : "datapoints were") + " treated as ["
                + treatedAs + "].";
        return new Evaluation(state, reason, reasonData(), range);
    }

    /** ALARM: the breaching datapoints; OK: those within the threshold; most recent first. */
    Evaluation crossed(String state, boolean breaching, long missingTreated) {
        List<Datapoint> listed = range.reversed().stream()
                .filter(d -> !d.isMissing() && comparison.breaches(d.value(), config.threshold()) == breaching)
                .toList();
        int n = range.size();
        int k = listed.size();
        String values = listed.stream().map(d -> d.value() + " (" + AwsDates.reason(d.timestamp()) + ")")
                .collect(Collectors.joining(", ", "[", "]"));
        StringBuilder reason = new StringBuilder("Threshold Crossed: ");
        reason.append(k == n ? k + (k == 1 ? " datapoint " : " datapoints ")
                : k + " out of the last " + n + (n == 1 ? " datapoint " : " datapoints "));
        reason.append(values).append(k == 1 ? " was " : " were ").append(breaching ? "" : "not ")
                .append(comparison.words()).append(" the threshold (").append(config.threshold()).append(")");
        if (missingTreated > 0) {
            reason.append(" and ").append(missingTreated).append(" missing ")
                    .append(missingTreated == 1 ? "datapoint was" : "datapoints were").append(" treated as [")
                    .append(breaching ? "Breaching" : "NonBreaching").append("]");
        }
        if (k != n) {
            int minimum = breaching ? config.datapointsToAlarmOrDefault()
                    : n - config.datapointsToAlarmOrDefault() + 1;
            reason.append(" (minimum ").append(minimum).append(minimum == 1 ? " datapoint" : " datapoints")
                    .append(breaching ? " for OK -> ALARM transition)" : " for ALARM -> OK transition)");
        }
        reason.append('.');
        return new Evaluation(state, reason.toString(), reasonData(), range);
    }

    private String reasonData() {
        ObjectNode data = AlarmJson.MAPPER.createObjectNode()
                .put("version", "1.0")
                .put("queryDate", AwsDates.json(now))
                .put("startDate", AwsDates.json(queryStart));
        if (!config.isMetricMath()) {
            if (config.unit() != null) {
                data.put("unit", config.unit());
            }
            if (config.statistic() != null) {
                data.put("statistic", config.statistic());
            } else {
                data.put("extendedStatistic", config.extendedStatistic());
            }
        }
        data.put("period", config.evaluatedPeriod());
        ArrayNode recent = data.putArray("recentDatapoints");
        range.stream().filter(d -> !d.isMissing()).forEach(d -> recent.add(d.value()));
        data.put("threshold", config.threshold());
        ArrayNode evaluated = data.putArray("evaluatedDatapoints");
        for (Datapoint datapoint : range.reversed()) {
            ObjectNode item = evaluated.addObject().put("timestamp", AwsDates.json(datapoint.timestamp()));
            if (!datapoint.isMissing()) {
                if (datapoint.sampleCount() != null) {
                    item.put("sampleCount", datapoint.sampleCount());
                }
                item.put("value", datapoint.value());
            }
        }
        return data.toString();
    }
}
