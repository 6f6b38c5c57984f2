package io.cloudgate.elb.v2.ops.rules;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RulePriorityPair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesResponse;

/** Sets the priorities of rules of one listener at once; the result must leave priorities unique. */
public final class SetRulePriorities implements Operation<SetRulePrioritiesRequest, SetRulePrioritiesResponse> {
    private final V2Context context;

    public SetRulePriorities(V2Context context) {
        this.context = context;
    }

    @Override
    public SetRulePrioritiesResponse handle(SetRulePrioritiesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.rulePriorities().isEmpty()) {
            throw AwsException.validation("At least one rule priority must be specified");
        }
        return context.store().locked(account, () -> {
            Map<String, Integer> priorities = new HashMap<>();
            V2Store.Located<RuleDoc> first = null;
            for (RulePriorityPair pair : request.rulePriorities()) {
                V2Store.Located<RuleDoc> found = context.store().rule(account, pair.ruleArn());
                if (first != null && !found.listener().arn().equals(first.listener().arn())) {
                    throw AwsException.validation("All rules must belong to the same listener");
                }
                first = first == null ? found : first;
                priorities.put(pair.ruleArn(), RuleEdits.priority(String.valueOf(pair.priority())));
            }
            ListenerDoc listener = first.listener();
            List<RuleDoc> rules = new ArrayList<>();
            Set<Integer> taken = new HashSet<>();
            for (RuleDoc rule : listener.rules()) {
                RuleDoc changed = rule.withPriority(priorities.getOrDefault(rule.arn(), rule.priority()));
                if (!taken.add(changed.priority())) {
                    throw AwsException.badRequest("PriorityInUse", "Priority '" + changed.priority()
                            + "' is currently in use");
                }
                rules.add(changed);
            }
            RuleEdits.replaceRules(context, account, first.balancer(), listener, rules);
            return SetRulePrioritiesResponse.builder().rules(rules.stream()
                    .filter(rule -> priorities.containsKey(rule.arn())).map(V2Shapes::rule).toList()).build();
        });
    }
}
