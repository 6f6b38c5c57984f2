package io.cloudgate.elb.v2.ops.rules;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.ActionInput;
import io.cloudgate.elb.v2.input.ConditionInput;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.V2Store;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleResponse;

/** Replaces a rule's conditions and/or actions. */
public final class ModifyRule implements Operation<ModifyRuleRequest, ModifyRuleResponse> {
    private final V2Context context;

    public ModifyRule(V2Context context) {
        this.context = context;
    }

    @Override
    public ModifyRuleResponse handle(ModifyRuleRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        return context.store().locked(account, () -> {
            V2Store.Located<RuleDoc> found = context.store().rule(account, request.ruleArn());
            RuleDoc old = found.item();
            RuleDoc changed = new RuleDoc(old.arn(), old.id(), old.priority(),
                    request.hasConditions() && !request.conditions().isEmpty()
                            ? ConditionInput.parse(request.conditions()) : old.conditions(),
                    request.hasActions() && !request.actions().isEmpty()
                            ? ActionInput.parse(request.actions(), found.listener().protocol(),
                            arn -> context.store().targetGroup(account, arn)) : old.actions(), old.tags());
            RuleEdits.replaceRules(context, account, found.balancer(), found.listener(), found.listener().rules()
                    .stream().map(rule -> rule.arn().equals(old.arn()) ? changed : rule).toList());
            return ModifyRuleResponse.builder().rules(V2Shapes.rule(changed)).build();
        });
    }
}
