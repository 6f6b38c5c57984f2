package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Neutron security groups and rules to and from the port's groups and firewall rules. */
final class RuleMapper {
    private RuleMapper() {
    }

    /** The group with its rules in the order they were added, each under the id its caller knows (entries). */
    static SecurityGroup toGroup(JsonNode group, String account, String networkId, String name,
                                 Map<String, RuleIds.Entry> entries) {
        List<JsonNode> rules = new ArrayList<>();
        group.path("security_group_rules").forEach(rules::add);
        rules.sort(Comparator.comparing((JsonNode rule) -> order(rule, entries))
                .thenComparing(rule -> rule.path("id").asText()));
        List<FirewallRule> ingress = new ArrayList<>();
        List<FirewallRule> egress = new ArrayList<>();
        for (JsonNode rule : rules) {
            FirewallRule mapped = toRule(rule);
            RuleIds.Entry entry = entries.get(mapped.id());
            if (entry != null) {
                mapped = new FirewallRule(entry.id(), mapped.protocol(), mapped.fromPort(), mapped.toPort(),
                        mapped.cidrV4(), mapped.cidrV6(), mapped.groupId(), mapped.description());
            }
            (rule.path("direction").asText().equals("ingress") ? ingress : egress).add(mapped);
        }
        return new SecurityGroup(group.path("id").asText(), account, networkId, name,
                group.path("description").asText(""), ingress, egress);
    }

    static FirewallRule toRule(JsonNode rule) {
        String protocol = rule.path("protocol").isNull() || rule.path("protocol").isMissingNode() ? "-1"
                : rule.path("protocol").asText();
        String prefix = rule.path("remote_ip_prefix").asText(null);
        String group = rule.path("remote_group_id").asText(null);
        boolean v6 = "IPv6".equals(rule.path("ethertype").asText());
        if (prefix == null && group == null) {
            prefix = v6 ? "::/0" : "0.0.0.0/0";
        }
        String description = rule.path("description").asText("");
        return new FirewallRule(rule.path("id").asText(), protocol, number(rule.path("port_range_min")),
                number(rule.path("port_range_max")), v6 ? null : prefix, v6 ? prefix : null, group,
                description.isEmpty() ? null : description);
    }

    static ObjectNode toNeutron(ObjectMapper json, String groupId, boolean ingress, FirewallRule rule) {
        ObjectNode node = json.createObjectNode().put("security_group_id", groupId)
                .put("direction", ingress ? "ingress" : "egress")
                .put("ethertype", rule.cidrV6() != null ? "IPv6" : "IPv4");
        if (rule.protocol() != null && !rule.protocol().equals("-1")) {
            node.put("protocol", rule.protocol());
            if (rule.fromPort() != null && rule.fromPort() >= 0) {
                node.put("port_range_min", rule.fromPort());
            }
            if (rule.toPort() != null && rule.toPort() >= 0) {
                node.put("port_range_max", rule.toPort());
            }
        }
        if (rule.cidrV4() != null) {
            node.put("remote_ip_prefix", rule.cidrV4());
        } else if (rule.cidrV6() != null) {
            node.put("remote_ip_prefix", rule.cidrV6());
        } else if (rule.groupId() != null) {
            node.put("remote_group_id", rule.groupId());
        }
        if (rule.description() != null) {
            node.put("description", rule.description());
        }
        return node;
    }

    private static Instant order(JsonNode rule, Map<String, RuleIds.Entry> entries) {
        RuleIds.Entry entry = entries.get(rule.path("id").asText());
        if (entry != null) {
            return entry.order();
        }
        try {
            return Instant.parse(rule.path("created_at").asText());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static Integer number(JsonNode value) {
        return value.isNumber() ? value.asInt() : null;
    }
}
