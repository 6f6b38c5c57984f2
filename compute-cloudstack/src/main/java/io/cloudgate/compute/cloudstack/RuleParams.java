package io.cloudgate.compute.cloudstack;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.FirewallRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** A port rule as authorizeSecurityGroupIngress/Egress parameters. */
final class RuleParams {
    private RuleParams() {
    }

    static Map<String, String> of(String csAccount, String groupId, FirewallRule rule, Map<String, String> namesById) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("securitygroupid", groupId);
        String protocol = rule.protocol() == null || rule.protocol().equals("-1") ? "all" : rule.protocol();
        params.put("protocol", protocol);
        if (protocol.equals("icmp")) {
            params.put("icmptype", String.valueOf(rule.fromPort() == null ? -1 : rule.fromPort()));
            params.put("icmpcode", String.valueOf(rule.toPort() == null ? -1 : rule.toPort()));
        } else if (!protocol.equals("all")) {
            params.put("startport", String.valueOf(rule.fromPort() == null ? 0 : rule.fromPort()));
            params.put("endport", String.valueOf(rule.toPort() == null ? 65535 : rule.toPort()));
        }
        if (rule.groupId() != null) {
            String name = namesById.get(rule.groupId());
            if (name == null) {
                throw ComputeException.notFound("The referenced security group");
            }
            params.put("usersecuritygrouplist[0].account", csAccount);
            params.put("usersecuritygrouplist[0].group", name);
        } else {
            params.put("cidrlist", rule.cidrV4() != null ? rule.cidrV4() : rule.cidrV6());
        }
        return params;
    }
}
