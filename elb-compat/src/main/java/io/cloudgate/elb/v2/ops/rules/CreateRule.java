package io.cloudgate.elb.v2.ops.rules;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.core.ElbArns;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.ActionInput;
import io.cloudgate.elb.v2.input.ConditionInput;
import io.cloudgate.elb.v2.ops.balancers.V2Limits;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleResponse;

/** Adds a routing rule to an HTTP(S) listener at a free priority. */
public final class CreateRule implements Operation<CreateRuleRequest, CreateRuleResponse> {
    private final V2Context context;

    public CreateRule(V2Context context) {
        this.context = context;
    }

    @Override
    public CreateRuleResponse handle(CreateRuleRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.priority() == null) {
            throw AwsException.validation("A rule priority must be specified");
        }
        int priority = RuleEdits.priority(String.valueOf(request.priority()));
        Map<String, String> tags = new LinkedHashMap<>();
        request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        return context.store().locked(account, () -> {
            V2Store.Located<ListenerDoc> found = context.store().listener(account, request.listenerArn());
            ListenerDoc listener = found.item();
            RuleEdits.requireHttp(listener);
            RuleEdits.requireFree(listener, priority, null);
            if (found.balancer().listeners().stream().mapToInt(l -> l.rules().size()).sum()
                    >= V2Limits.RULES_PER_BALANCER) {
                throw AwsException.badRequest("TooManyRules", "The quota for the number of rules has been reached");
            }
            String id = ElbArns.newId();
            RuleDoc rule = new RuleDoc(listener.arn().replace(":listener/", ":listener-rule/") + "/" + id, id,
                    priority, ConditionInput.parse(request.conditions()), ActionInput.parse(request.actions(),
                    listener.protocol(), arn -> context.store().targetGroup(account, arn)), tags);
            List<RuleDoc> rules = new ArrayList<>(listener.rules());
            rules.add(rule);
            RuleEdits.replaceRules(context, account, found.balancer(), listener, rules);
            return CreateRuleResponse.builder().rules(V2Shapes.rule(rule)).build();
        });
    }
}
