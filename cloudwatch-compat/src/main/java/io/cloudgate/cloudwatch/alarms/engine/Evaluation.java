package io.cloudgate.cloudwatch.alarms.engine;

import java.util.List;

/**
 * The outcome of evaluating an alarm: the state it should be in with reason and reason data, or
 * {@link #unchanged()} when the rules keep the current state (ignored missing data, low sample counts).
 */
public record Evaluation(String state, String reason, String reasonData, List<Datapoint> evaluated) {
    private static final Evaluation UNCHANGED = new Evaluation(null, null, null, List.of());

    public static Evaluation unchanged() {
        return UNCHANGED;
    }

    public boolean keepsState() {
        return state == null;
    }
}
