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

/**
 * Security groups of SG-enabled zones, plus the default group each VPC shows ({@link VpcDefaultGroups}: CloudStack
 * filters VPC traffic with network ACLs, so no group can be made or changed in a VPC); rule changes are short jobs the call waits for. A new group gets EC2's
 * allow-all egress rule as a rule of its own (CloudStack allows all egress while a group has no egress rule, so the
 * traffic is the same); a rule that exists already is refused before CloudStack fails the job.
 */
final class CloudStackSecurityGroups implements SecurityGroups {
    private static final String WHAT = "security group";
    private final Backend backend;

    CloudStackSecurityGroups(Backend backend) {
        this.backend = backend;
    }

    @Override
    public List<SecurityGroup> list(String account) {
        List<SecurityGroup> all = new ArrayList<>(cloudStackGroups(account));
        all.addAll(vpcGroups(account));
        return all;
    }

    /** The account's CloudStack security groups (those of the zones with security groups). */
    private List<SecurityGroup> cloudStackGroups(String account) {
        List<JsonNode> groups = backend.list(account, "listSecurityGroups", Map.of(), "securitygroup", WHAT);
        Map<String, String> idsByName = new HashMap<>();
        groups.forEach(g -> idsByName.put(Fields.text(g, "name"), Fields.text(g, "id")));
        Map<String, String> rulePortIds = backend.ruleIds.portIds(account);
        return groups.stream().map(g -> SecurityGroupToSecurityGroup.apply(g, account, idsByName, rulePortIds))
                .toList();
    }

    private List<SecurityGroup> vpcGroups(String account) {
        String acl = backend.settings.vpc().tierAcl();
        boolean allowsAll = "default_allow".equals(acl);
        return backend.list(account, "listVPCs", Map.of(), "vpc", "network").stream()
                .map(vpc -> VpcDefaultGroups.group(account, vpc, acl, allowsAll)).toList();
    }

    @Override
    public Optional<SecurityGroup> find(String account, String groupId) {
        List<SecurityGroup> candidates = VpcDefaultGroups.vpcOf(groupId) != null ? vpcGroups(account)
                : cloudStackGroups(account);
        return candidates.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    /** Refuses changes to a VPC's group (after checking the tenant has it: another's is not found). */
    private void refuseVpcGroup(String account, String groupId) {
        if (VpcDefaultGroups.vpcOf(groupId) != null) {
            find(account, groupId).orElseThrow(() -> ComputeException.notFound("The security group"));
            throw VpcDefaultGroups.aclsOnly();
        }
    }

    @Override
    public SecurityGroup create(String account, String networkId, String name, String description) {
        if (!DefaultNetwork.isDefaultNetwork(account, networkId)) {
            boolean isVpc = backend.list(account, "listVPCs", Map.of(), "vpc", "network").stream()
                    .anyMatch(vpc -> networkId.equals(Fields.text(vpc, "id")));
            throw isVpc ? VpcDefaultGroups.aclsOnly() : ComputeException.notFound("The network");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", name);
        if (description != null) {
            params.put("description", description);
        }
        JsonNode group = backend.call(account, "createSecurityGroup", params, WHAT).path("securitygroup");
        String id = Fields.text(group, "id");
        FirewallRule allEgress = new FirewallRule(null, "-1", null, null, "0.0.0.0/0", null, null, null);
        backend.submitAndWait(account, "authorizeSecurityGroupEgress",
                RuleParams.of(backend.links.require(account).csAccount(), id, allEgress, Map.of()), WHAT,
                "securitygroup");
        return find(account, id).orElseThrow(() -> ComputeException.notFound("The security group"));
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
        refuseVpcGroup(account, groupId);
        List<SecurityGroup> groups = cloudStackGroups(account);
        SecurityGroup group = groups.stream().filter(g -> g.id().equals(groupId)).findFirst()
                .orElseThrow(() -> ComputeException.notFound("The security group"));
        Map<String, String> namesById = new HashMap<>();
        groups.forEach(g -> namesById.put(g.id(), g.name()));
        List<FirewallRule> existing = new ArrayList<>(ingress ? group.ingress() : group.egress());
        for (FirewallRule rule : rules) {
            if (existing.stream().anyMatch(rule::sameTrafficAs)) {
                throw new ComputeException(Kind.ALREADY_EXISTS, "The security group rule already exists");
            }
            existing.add(rule);
        }
        Map<String, String> idsByName = new HashMap<>();
        namesById.forEach((id, name) -> idsByName.put(name, id));
        List<FirewallRule> added = new ArrayList<>();
        for (FirewallRule rule : rules) {
            Map<String, String> params = RuleParams.of(backend.links.require(account).csAccount(), groupId, rule,
                    namesById);
            JsonNode answer = backend.submitAndWait(account,
                    ingress ? "authorizeSecurityGroupIngress" : "authorizeSecurityGroupEgress", params, WHAT,
                    "securitygroup");
            if (answer != null) {
                answer.path(ingress ? "ingressrule" : "egressrule")
                        .forEach(r -> added.add(RuleToFirewallRule.apply(r, idsByName, Map.of())));
            }
        }
        return added;
    }

    @Override
    public void revoke(String account, String groupId, boolean ingress, List<FirewallRule> rules) {
        refuseVpcGroup(account, groupId);
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("The security group"));
        List<FirewallRule> existing = ingress ? group.ingress() : group.egress();
        Map<String, String> rulePortIds = backend.ruleIds.portIds(account);
        for (FirewallRule rule : rules) {
            FirewallRule match = existing.stream()
                    .filter(e -> e.id().equals(rule.id()) || (rule.id() == null && e.sameTrafficAs(rule)))
                    .findFirst().orElseThrow(() -> ComputeException.notFound("The security group rule"));
            String cloudStackId = RuleIds.cloudStackId(rulePortIds, match.id());
            backend.submitAndWait(account, ingress ? "revokeSecurityGroupIngress" : "revokeSecurityGroupEgress",
                    Map.of("id", cloudStackId), WHAT, "success");
            backend.ruleIds.forget(account, cloudStackId);
        }
    }

    /**
     * CloudStack cannot change a rule: it is revoked and the new one authorized, after checking that the rule exists
     * and that its new traffic duplicates no other rule, so a refused change leaves the group as it was. The new
     * CloudStack rule keeps the rule's id ({@link RuleIds}). Should CloudStack refuse the new traffic once the rule is
     * revoked, the old traffic is authorized again, under the same id, and the refusal thrown.
     */
    @Override
    public FirewallRule update(String account, String groupId, boolean ingress, FirewallRule rule) {
        refuseVpcGroup(account, groupId);
        SecurityGroup group = find(account, groupId).orElseThrow(() -> ComputeException.notFound("The security group"));
        List<FirewallRule> existing = ingress ? group.ingress() : group.egress();
        if (existing.stream().noneMatch(e -> e.id().equals(rule.id()))) {
            throw ComputeException.notFound("The security group rule");
        }
        if (existing.stream().anyMatch(e -> !e.id().equals(rule.id()) && e.sameTrafficAs(rule))) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "The security group rule already exists");
        }
        FirewallRule old = existing.stream().filter(e -> e.id().equals(rule.id())).findFirst().orElseThrow();
        revoke(account, groupId, ingress, List.of(new FirewallRule(rule.id(), null, null, null, null, null, null,
                null)));
        FirewallRule added;
        try {
            added = authorizeOne(account, groupId, ingress, rule);
        } catch (RuntimeException refused) {
            try {
                keepId(account, rule.id(), authorizeOne(account, groupId, ingress, old));
            } catch (RuntimeException notRestored) {
                refused.addSuppressed(notRestored);
            }
            throw refused;
        }
        return keepId(account, rule.id(), added);
    }

    /** Authorizes the rule's traffic as a new CloudStack rule. */
    private FirewallRule authorizeOne(String account, String groupId, boolean ingress, FirewallRule traffic) {
        FirewallRule rule = new FirewallRule(null, traffic.protocol(), traffic.fromPort(), traffic.toPort(),
                traffic.cidrV4(), traffic.cidrV6(), traffic.groupId(), traffic.description());
        return authorize(account, groupId, ingress, List.of(rule)).stream().findFirst()
                .orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE, "The rule was not replaced"));
    }

    /** Lets the new CloudStack rule keep the port id {@code portId}. */
    private FirewallRule keepId(String account, String portId, FirewallRule added) {
        backend.ruleIds.alias(account, added.id(), portId);
        return new FirewallRule(portId, added.protocol(), added.fromPort(), added.toPort(), added.cidrV4(),
                added.cidrV6(), added.groupId(), added.description());
    }
}
