package io.cloudgate.elb.v2.state;

import java.util.List;
import java.util.Map;

public record RuleDoc(String arn, String id, int priority, List<ConditionDoc> conditions, List<ActionDoc> actions,
                      Map<String, String> tags) {

    public RuleDoc withPriority(int changed) {
        return new RuleDoc(arn, id, changed, conditions, actions, tags);
    }

    public RuleDoc withTags(Map<String, String> changed) {
        return new RuleDoc(arn, id, priority, conditions, actions, Map.copyOf(changed));
    }
}
