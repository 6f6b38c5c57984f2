package io.cloudgate.loadbalancer;

import java.util.List;

/** An HTTP routing rule: every condition must match (values inside one condition are alternatives). */
public record Rule(int priority, List<Condition> conditions, Action action) {
    public Rule {
        conditions = List.copyOf(conditions);
    }
}
