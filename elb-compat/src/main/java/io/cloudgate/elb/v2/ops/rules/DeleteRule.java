package io.cloudgate.elb.v2.ops.rules;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.V2Store;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleResponse;

public final class DeleteRule implements Operation<DeleteRuleRequest, DeleteRuleResponse> {
    private final V2Context context;

    public DeleteRule(V2Context context) {
        this.context = context;
    }

    @Override
    public DeleteRuleResponse handle(DeleteRuleRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        context.store().locked(account, () -> {
            V2Store.Located<RuleDoc> found = context.store().rule(account, request.ruleArn());
            return RuleEdits.replaceRules(context, account, found.balancer(), found.listener(), found.listener()
                    .rules().stream().filter(rule -> !rule.arn().equals(found.item().arn())).toList());
        });
        return DeleteRuleResponse.builder().build();
    }
}
