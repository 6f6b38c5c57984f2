package io.cloudgate.ec2.ops.network.groups;

import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.SdkTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;

/** DescribeSecurityGroupRules: every rule of the account's groups, by id and filters, paged. */
public final class DescribeSecurityGroupRules
        implements Operation<DescribeSecurityGroupRulesRequest, DescribeSecurityGroupRulesResponse> {
    private static final Filters<SecurityGroupRule> FILTERS = new Filters<>(Map.of(
            "group-id", one(SecurityGroupRule::groupId),
            "security-group-rule-id", one(SecurityGroupRule::securityGroupRuleId),
            "is-egress", one(SecurityGroupRule::isEgress)),
            rule -> SdkTags.asMap(rule.tags()));

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final GroupView view;

    public DescribeSecurityGroupRules(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.view = new GroupView(context);
    }

    @Override
    public DescribeSecurityGroupRulesResponse handle(DescribeSecurityGroupRulesRequest request,
                                                     RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        request.securityGroupRuleIds().forEach(id -> Ec2Ids.requireWellFormed(ResourceKind.SECURITY_GROUP_RULE, id));
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (SecurityGroup group : lookup.groups(account)) {
            for (FirewallRule rule : group.ingress()) {
                rules.add(view.toRule(account, group, rule, false, tags.getOrDefault(view.ruleId(rule), Map.of())));
            }
            for (FirewallRule rule : group.egress()) {
                rules.add(view.toRule(account, group, rule, true, tags.getOrDefault(view.ruleId(rule), Map.of())));
            }
        }
        Set<String> known = rules.stream().map(SecurityGroupRule::securityGroupRuleId).collect(Collectors.toSet());
        for (String ruleId : request.securityGroupRuleIds()) {
            if (!known.contains(ruleId)) {
                throw ResourceKind.SECURITY_GROUP_RULE.notFound(ruleId);
            }
        }
        Set<String> wanted = Set.copyOf(request.securityGroupRuleIds());
        List<SecurityGroupRule> matching = rules.stream()
                .filter(rule -> wanted.isEmpty() || wanted.contains(rule.securityGroupRuleId()))
                .filter(matcher)
                .sorted(Comparator.comparing(SecurityGroupRule::securityGroupRuleId))
                .toList();
        Page<SecurityGroupRule> page = Page.of(matching, SecurityGroupRule::securityGroupRuleId,
                request.maxResults(), request.nextToken(), 5, 1000);
        return DescribeSecurityGroupRulesResponse.builder().securityGroupRules(page.items())
                .nextToken(page.nextToken()).build();
    }
}
