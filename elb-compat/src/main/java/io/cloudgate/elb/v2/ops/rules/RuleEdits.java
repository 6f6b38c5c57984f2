package io.cloudgate.elb.v2.ops.rules;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import java.util.List;

/** Writes a listener's changed rules back into its balancer, applies the balancer, then stores it. */
final class RuleEdits {
    private RuleEdits() {
    }

    static LoadBalancerDoc replaceRules(V2Context context, String account, LoadBalancerDoc balancer,
                                        ListenerDoc listener, List<RuleDoc> rules) {
        ListenerDoc changed = listener.withRules(rules);
        LoadBalancerDoc updated = balancer.withListeners(balancer.listeners().stream()
                .map(existing -> existing.arn().equals(listener.arn()) ? changed : existing).toList());
        context.apply(account, updated);
        context.store().put(account, updated);
        return updated;
    }

    static int priority(String value) {
        int priority;
        try {
            priority = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw AwsException.validation("Priority '" + value + "' must be a number between 1 and 50000");
        }
        if (priority < 1 || priority > 50000) {
            throw AwsException.validation("1 validation error detected: Value '" + priority + "' at 'priority' "
                    + "failed to satisfy constraint: Member must have value "
                    + (priority < 1 ? "greater than or equal to 1" : "less than or equal to 50000"));
        }
        return priority;
    }

    static void requireFree(ListenerDoc listener, int priority, String exceptArn) {
        for (RuleDoc rule : listener.rules()) {
            if (rule.priority() == priority && !rule.arn().equals(exceptArn)) {
                throw V2Errors.priorityInUse(priority);
            }
        }
    }

    static void requireHttp(ListenerDoc listener) {
        if (!listener.http()) {
            throw AwsException.badRequest("InvalidConfigurationRequest",
                    "Rules are not supported for listeners with the protocol '" + listener.protocol() + "'");
        }
    }
}
