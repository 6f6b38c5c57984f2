package io.cloudgate.elb.v2.ops.rules;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import io.cloudgate.elb.v2.state.V2Pages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;

/** A listener's rules in priority order with the default rule last, or rules by ARN (default rules included). */
public final class DescribeRules implements Operation<DescribeRulesRequest, DescribeRulesResponse> {
    private final V2Context context;

    public DescribeRules(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeRulesResponse handle(DescribeRulesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<Rule> rules = new ArrayList<>();
        if (request.hasRuleArns() && !request.ruleArns().isEmpty()) {
            for (String arn : request.ruleArns()) {
                rules.add(defaultRule(account, arn));
            }
        } else if (request.listenerArn() != null) {
            ListenerDoc listener = context.store().listener(account, request.listenerArn()).item();
            listener.rules().stream().sorted(Comparator.comparingInt(RuleDoc::priority))
                    .forEach(rule -> rules.add(V2Shapes.rule(rule)));
            rules.add(V2Shapes.defaultRule(listener));
        } else {
            throw AwsException.validation("You must specify either listener ARN or rule ARNs");
        }
        V2Pages.Page<Rule> page = V2Pages.of(rules, Rule::ruleArn, request.marker(), request.pageSize());
        return DescribeRulesResponse.builder().rules(page.items()).nextMarker(page.nextMarker()).build();
    }

    /** A rule by ARN, which may be a listener's default rule. */
    private Rule defaultRule(String account, String arn) {
        return context.store().ownerOf(account, arn, "listener-rule").flatMap(balancer ->
                balancer.listeners().stream().filter(listener -> V2Shapes.defaultRuleArn(listener).equals(arn))
                        .findFirst()).map(V2Shapes::defaultRule)
                .orElseGet(() -> {
                    try {
                        return V2Shapes.rule(context.store().rule(account, arn).item());
                    } catch (AwsException e) {
                        throw V2Errors.ruleNotFound();
                    }
                });
    }
}
