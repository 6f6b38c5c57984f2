package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.SecurityGroups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Security groups of SG-enabled zones; rule changes are short jobs the call waits for. */
final class CloudStackSecurityGroups implements SecurityGroups {
    private static final String WHAT = "security group";
    private final Backend backend;

    CloudStackSecurityGroups(Backend backend) {
        this.backend = backend;
    }

    @Override
    public List<SecurityGroup> list(String account) {
        List<JsonNode> groups = backend.list(account, "listSecurityGroups", Map.of(), "securitygroup", WHAT);
        Map<String, String> idsByName = new HashMap<>();
        groups.forEach(g -> idsByName.put(Fields.text(g, "name"), Fields.text(g, "id")));
        return groups.stream().map(g -> SecurityGroupToSecurityGroup.apply(g, account, idsByName)).toList();
    }

    @Override
    public Optional<SecurityGroup> find(String account, String groupId) {
        return list(account).stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    @Override
    public SecurityGroup create(String account, String networkId, String name, String description) {
        if (!DefaultNetwork.isDefaultNetwork(account, networkId)) {
            throw ComputeException.notFound("The network");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", name);
        if (description != null) {
            params.put("description", description);
        }
        JsonNode group = backend.call(account, "createSecurityGroup", params, WHAT).path("securitygroup");
        return SecurityGroupToSecurityGroup.apply(group, account, Map.of());
    }

    @Override
    public void delete(String account, String groupId) {
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("The security group"));
        if (group.name().equals("default")) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The default security group cannot be deleted");
        }
        backend.call(account, "deleteSecurityGroup", Map.of("id", groupId), WHAT);
    }

    @Override
    public List<FirewallRule> authorize(String account, String groupId, boolean ingress, List<FirewallRule> rules) {
        Map<String, String> namesById = new HashMap<>();
        list(account).forEach(g -> namesById.put(g.id(), g.name()));
        if (!namesById.containsKey(groupId)) {
            throw ComputeException.notFound("The security group");
        }
        List<FirewallRule> added = new ArrayList<>();
        for (FirewallRule rule : rules) {
            Map<String, String> params = RuleParams.of(backend.links.require(account).csAccount(), groupId, rule,
                    namesById);
            JsonNode group = backend.submitAndWait(account,
                    ingress ? "authorizeSecurityGroupIngress" : "authorizeSecurityGroupEgress", params, WHAT,
                    "securitygroup");
            JsonNode created = group == null ? null : group.path(ingress ? "ingressrule" : "egressrule");
            if (created != null) {
                Map<String, String> idsByName = new HashMap<>();
                namesById.forEach((id, name) -> idsByName.put(name, id));
                created.forEach(r -> added.add(RuleToFirewallRule.apply(r, idsByName)));
            }
        }
        return added;
    }

    @Override
    public void revoke(String account, String groupId, boolean ingress, List<FirewallRule> rules) {
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("The security group"));
        List<FirewallRule> existing = ingress ? group.ingress() : group.egress();
        for (FirewallRule rule : rules) {
            FirewallRule match = existing.stream()
                    .filter(e -> e.id().equals(rule.id()) || (rule.id() == null && e.sameTrafficAs(rule)))
                    .findFirst().orElseThrow(() -> ComputeException.notFound("The security group rule"));
            backend.submitAndWait(account, ingress ? "revokeSecurityGroupIngress" : "revokeSecurityGroupEgress",
                    Map.of("id", match.id()), WHAT, "success");
        }
    }

    @Override
    public FirewallRule update(String account, String groupId, boolean ingress, FirewallRule rule) {
        revoke(account, groupId, ingress, List.of(rule));
        return authorize(account, groupId, ingress, List.of(rule)).stream().findFirst()
                .orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE, "The rule was not replaced"));
    }
}
