package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CloudStack {@code securitygroup} as a port {@link SecurityGroup} of the tenant's default network. */
final class SecurityGroupToSecurityGroup {
    private SecurityGroupToSecurityGroup() {
    }

    static SecurityGroup apply(JsonNode group, String tenant, Map<String, String> groupIdsByName,
            Map<String, String> rulePortIds) {
        return new SecurityGroup(Fields.text(group, "id"), tenant, DefaultNetwork.networkId(tenant),
                Fields.text(group, "name"), Fields.text(group, "description"),
                rules(group.path("ingressrule"), groupIdsByName, rulePortIds),
                rules(group.path("egressrule"), groupIdsByName, rulePortIds));
    }

    private static List<FirewallRule> rules(JsonNode rules, Map<String, String> groupIdsByName,
            Map<String, String> rulePortIds) {
        List<FirewallRule> mapped = new ArrayList<>();
        rules.forEach(rule -> mapped.add(RuleToFirewallRule.apply(rule, groupIdsByName, rulePortIds)));
        return mapped;
    }
}
