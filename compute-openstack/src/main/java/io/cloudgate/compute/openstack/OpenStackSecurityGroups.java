package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.SecurityGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Neutron security groups, named "networkId/name" because EC2 groups belong to a VPC while Neutron's belong to a
 * project (and Neutron reserves the name "default" for its own per-project group, which the gateway ignores).
 */
final class OpenStackSecurityGroups implements SecurityGroups {
    private final Backend backend;
    private final RuleIds ruleIds;

    OpenStackSecurityGroups(Backend backend, RuleIds ruleIds) {
        this.backend = backend;
        this.ruleIds = ruleIds;
    }

    @Override
    public List<SecurityGroup> list(String account) {
        String project = backend.project(account);
        List<SecurityGroup> groups = new ArrayList<>();
        Map<String, RuleIds.Entry> entries = ruleIds.of(account);
        for (JsonNode group : backend.api.get("network", project, "/v2.0/security-groups?project_id=" + project)
                .require("Security groups").body().path("security_groups")) {
            String name = group.path("name").asText();
            int slash = name.indexOf('/');
            if (slash > 0) {
                groups.add(RuleMapper.toGroup(group, account, name.substring(0, slash), name.substring(slash + 1),
                        entries));
            }
        }
        return groups;
    }

    @Override
    public Optional<SecurityGroup> find(String account, String groupId) {
        return list(account).stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    @Override
    public SecurityGroup create(String account, String networkId, String name, String description) {
        if (list(account).stream().anyMatch(g -> g.networkId().equals(networkId) && g.name().equals(name))) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "The security group '" + name + "' already exists");
        }
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("security_group").put("name", networkId + "/" + name)
                .put("description", description == null ? "" : description);
        JsonNode group = backend.api.post("network", project, "/v2.0/security-groups", body)
                .require("Security group").body().path("security_group");
        // Neutron adds IPv4 and IPv6 allow-all egress; EC2 starts with the IPv4 one only.
        for (JsonNode rule : group.path("security_group_rules")) {
            if ("IPv6".equals(rule.path("ethertype").asText())) {
                backend.api.delete("network", project, "/v2.0/security-group-rules/" + rule.path("id").asText());
            }
        }
        return find(account, group.path("id").asText()).orElseThrow();
    }

    /** The "default" group of a new network: members talk to each other, everything may leave. */
    void createDefault(String account, String networkId) {
        SecurityGroup group = create(account, networkId, "default", "default VPC security group");
        authorize(account, group.id(), true, List.of(new FirewallRule(null, "-1", null, null, null, null,
                group.id(), null)));
    }

    void deleteAllOf(String account, String networkId) {
        for (SecurityGroup group : list(account)) {
            if (group.networkId().equals(networkId)) {
                backend.api.delete("network", backend.project(account), "/v2.0/security-groups/" + group.id());
            }
        }
    }

    @Override
    public void delete(String account, String groupId) {
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("Security group "
                + groupId));
        if (group.name().equals("default")) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The default security group cannot be deleted");
        }
        boolean referenced = list(account).stream().filter(g -> !g.id().equals(groupId))
                .flatMap(g -> java.util.stream.Stream.concat(g.ingress().stream(), g.egress().stream()))
                .anyMatch(rule -> groupId.equals(rule.groupId()));
        if (referenced) {
            throw new ComputeException(Kind.IN_USE, "The security group is referenced by another group");
        }
        ApiResponse deleted = backend.api.delete("network", backend.project(account), "/v2.0/security-groups/"
                + groupId);
        if (deleted.status() == 409) {
            throw new ComputeException(Kind.IN_USE, "The security group is in use by instances");
        }
        deleted.require("Security group " + groupId);
    }

    @Override
    public List<FirewallRule> authorize(String account, String groupId, boolean ingress, List<FirewallRule> rules) {
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("Security group "
                + groupId));
        List<FirewallRule> existing = ingress ? group.ingress() : group.egress();
        for (FirewallRule rule : rules) {
            if (existing.stream().anyMatch(rule::sameTrafficAs)) {
                throw new ComputeException(Kind.ALREADY_EXISTS, "The specified rule already exists");
            }
        }
        List<FirewallRule> added = new ArrayList<>();
        for (FirewallRule rule : rules) {
            ObjectNode body = backend.api.json().createObjectNode();
            body.set("security_group_rule", RuleMapper.toNeutron(backend.api.json(), groupId, ingress, rule));
            ApiResponse created = backend.api.post("network", backend.project(account), "/v2.0/security-group-rules",
                    body);
            if (created.status() == 409) {
                throw new ComputeException(Kind.ALREADY_EXISTS, "The specified rule already exists");
            }
            FirewallRule rule1 = RuleMapper.toRule(created.require("Rule").body().path("security_group_rule"));
            ruleIds.added(account, rule1.id());
            added.add(rule1);
        }
        return added;
    }

    @Override
    public void revoke(String account, String groupId, boolean ingress, List<FirewallRule> rules) {
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("Security group "
                + groupId));
        List<FirewallRule> existing = ingress ? group.ingress() : group.egress();
        List<String> ids = new ArrayList<>();
        for (FirewallRule rule : rules) {
            ids.add(existing.stream().filter(e -> e.id().equals(rule.id()) || rule.id() == null
                            && e.sameTrafficAs(rule)).map(FirewallRule::id).findFirst()
                    .orElseThrow(() -> new ComputeException(Kind.NOT_FOUND, "The specified rule does not exist")));
        }
        Map<String, RuleIds.Entry> entries = ruleIds.of(account);
        for (String id : ids) {
            String neutronId = neutronId(entries, id);
            backend.api.delete("network", backend.project(account), "/v2.0/security-group-rules/" + neutronId)
                    .require("Rule " + id);
            ruleIds.removed(account, neutronId);
        }
    }

    private static String neutronId(Map<String, RuleIds.Entry> entries, String callerId) {
        return entries.values().stream().filter(e -> e.id().equals(callerId)).map(RuleIds.Entry::neutronId)
                .findFirst().orElse(callerId);
    }

    @Override
    public FirewallRule update(String account, String groupId, boolean ingress, FirewallRule rule) {
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("Security group "
                + groupId));
        List<FirewallRule> existing = ingress ? group.ingress() : group.egress();
        existing.stream().filter(e -> e.id().equals(rule.id())).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.NOT_FOUND, "The rule " + rule.id() + " does not exist"));
        if (existing.stream().anyMatch(e -> !e.id().equals(rule.id()) && e.sameTrafficAs(rule))) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "The specified rule already exists");
        }
        // Neutron rules are immutable: the rule is replaced, and the replacement keeps the old one's id and place.
        Map<String, RuleIds.Entry> entries = ruleIds.of(account);
        String oldNeutronId = neutronId(entries, rule.id());
        RuleIds.Entry known = entries.getOrDefault(oldNeutronId, new RuleIds.Entry(oldNeutronId, rule.id(),
                java.time.Instant.EPOCH));
        revoke(account, groupId, ingress, List.of(new FirewallRule(rule.id(), null, null, null, null, null, null,
                null)));
        FirewallRule replacement = authorize(account, groupId, ingress, List.of(new FirewallRule(null,
                rule.protocol(), rule.fromPort(), rule.toPort(), rule.cidrV4(), rule.cidrV6(), rule.groupId(),
                rule.description()))).get(0);
        ruleIds.replaced(account, replacement.id(), known);
        return new FirewallRule(rule.id(), replacement.protocol(), replacement.fromPort(), replacement.toPort(),
                replacement.cidrV4(), replacement.cidrV6(), replacement.groupId(), replacement.description());
    }
}
