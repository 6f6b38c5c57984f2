package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.FirewallRule;
import java.util.Map;

/**
 * A CloudStack security group rule as a port {@link FirewallRule}: {@code all} is "-1" without ports, ICMP's
 * type/code are the ports, a rule naming another group ({@code securitygroupname}) points at that group's id, and a
 * rule CloudStack re-created for an update keeps the id it had ({@link RuleIds}).
 */
final class RuleToFirewallRule {
    private RuleToFirewallRule() {
    }

    /**
     * @param groupIdsByName the account's group ids by name, to resolve rules that name a group
     * @param portIds        the account's rule port ids by CloudStack id, for rules that have one of their own
     */
    static FirewallRule apply(JsonNode rule, Map<String, String> groupIdsByName, Map<String, String> portIds) {
        String protocol = Fields.text(rule, "protocol");
        Integer from;
        Integer to;
        if ("all".equals(protocol)) {
            protocol = "-1";
            from = null;
            to = null;
        } else if ("icmp".equals(protocol)) {
            from = Fields.integer(rule, "icmptype", -1);
            to = Fields.integer(rule, "icmpcode", -1);
        } else {
            from = Fields.integer(rule, "startport", 0);
            to = Fields.integer(rule, "endport", 0);
        }
        String cidr = Fields.text(rule, "cidr");
        String groupName = Fields.text(rule, "securitygroupname");
        String groupId = cidr == null && groupName != null ? groupIdsByName.getOrDefault(groupName, groupName) : null;
        boolean v6 = cidr != null && cidr.contains(":");
        String cloudStackId = Fields.text(rule, "ruleid");
        String id = cloudStackId == null ? null : portIds.getOrDefault(cloudStackId, cloudStackId);
        return new FirewallRule(id, protocol, from, to, v6 ? null : cidr, v6 ? cidr : null,
                groupId, null);
    }
}
