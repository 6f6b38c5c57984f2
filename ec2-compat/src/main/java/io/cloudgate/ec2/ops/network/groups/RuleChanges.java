package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.RevokedSecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;

/**
 * Adding and removing rules in one direction of a group, with AWS's checks: a rule that exists already is
 * InvalidPermission.Duplicate (worded as AWS words it), at most 60 rules per direction, and a rule to
 * revoke that matches nothing is InvalidPermission.NotFound, except in the default VPC, where AWS reports
 * it back as unknown instead.
 */
final class RuleChanges {
    static final int MAX_RULES = 60;

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final GroupView view;

    /** The group's rules a revoke names, and the permissions that matched none of them. */
    record Matched(List<FirewallRule> rules, List<IpPermission> unknown) {
    }

    /** The outcome of a revoke: what was removed and what matched nothing. */
    record Revoked(List<RevokedSecurityGroupRule> rules, List<IpPermission> unknown) {
    }

    RuleChanges(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.view = new GroupView(context);
    }

    /** Checks the rules against the group; call before DryRun so a dry run reports duplicates too. */
    void checkAuthorize(SecurityGroup group, boolean ingress, List<FirewallRule> rules) {
        List<FirewallRule> present = new ArrayList<>(ingress ? group.ingress() : group.egress());
        for (FirewallRule rule : rules) {
            if (present.stream().anyMatch(rule::sameTrafficAs)) {
                throw duplicate(rule);
            }
            present.add(rule);
        }
        if (present.size() > MAX_RULES) {
            throw AwsException.badRequest("RulesPerSecurityGroupLimitExceeded",
                    "The maximum number of rules per security group has been reached.");
        }
    }

    List<SecurityGroupRule> authorize(String account, SecurityGroup group, boolean ingress, List<FirewallRule> rules,
                                      Map<String, String> ruleTags) {
        List<FirewallRule> added;
        try {
            added = context.compute().securityGroups().authorize(account, group.id(), ingress, rules);
        } catch (ComputeException e) {
            throw e.kind() == ComputeException.Kind.ALREADY_EXISTS ? duplicate(rules.getFirst())
                    : ComputeErrors.toAws(e, ResourceKind.SECURITY_GROUP, view.groupId(group));
        }
        List<SecurityGroupRule> result = new ArrayList<>();
        for (FirewallRule rule : added) {
            if (!ruleTags.isEmpty()) {
                context.tags().put(account, view.ruleId(rule), ruleTags);
            }
            result.add(view.toRule(account, group, rule, !ingress, ruleTags));
        }
        return result;
    }

    /** The group's rules the request names (by sgr- id or by traffic), and the permissions matching none. */
    Matched match(String account, SecurityGroup group, boolean ingress, List<FirewallRule> rules,
                  List<String> ruleIds) {
        List<FirewallRule> present = ingress ? group.ingress() : group.egress();
        List<FirewallRule> found = new ArrayList<>();
        for (String ruleId : ruleIds) {
            String backendId = context.ids().requireBackend(ResourceKind.SECURITY_GROUP_RULE, ruleId);
            found.add(present.stream().filter(rule -> rule.id().equals(backendId)).findFirst()
                    .orElseThrow(() -> ResourceKind.SECURITY_GROUP_RULE.notFound(ruleId)));
        }
        List<FirewallRule> unknown = new ArrayList<>();
        for (FirewallRule wanted : rules) {
            Optional<FirewallRule> match = present.stream().filter(wanted::sameTrafficAs).findFirst();
            match.ifPresentOrElse(found::add, () -> unknown.add(wanted));
        }
        if (!unknown.isEmpty() && !isDefaultVpc(account, group)) {
            throw AwsException.badRequest("InvalidPermission.NotFound",
                    "The specified rule does not exist in this security group.");
        }
        return new Matched(found.stream().distinct().toList(), view.permissions(account, unknown));
    }

    Revoked revoke(String account, SecurityGroup group, boolean ingress, Matched matched) {
        if (!matched.rules().isEmpty()) {
            NetworkLookup.run(() -> context.compute().securityGroups().revoke(account, group.id(), ingress,
                    matched.rules()), ResourceKind.SECURITY_GROUP, view.groupId(group));
        }
        List<RevokedSecurityGroupRule> revoked = new ArrayList<>();
        for (FirewallRule rule : matched.rules()) {
            String ruleId = view.ruleId(rule);
            context.tags().forget(account, ruleId);
            revoked.add(RevokedSecurityGroupRule.builder()
                    .securityGroupRuleId(ruleId)
                    .groupId(view.groupId(group))
                    .isEgress(!ingress)
                    .ipProtocol(rule.protocol())
                    .fromPort(rule.fromPort() == null ? -1 : rule.fromPort())
                    .toPort(rule.toPort() == null ? -1 : rule.toPort())
                    .cidrIpv4(rule.cidrV4())
                    .cidrIpv6(rule.cidrV6())
                    .referencedGroupId(rule.groupId() == null ? null
                            : context.ids().toAws(ResourceKind.SECURITY_GROUP, rule.groupId()))
                    .description(rule.description())
                    .build());
        }
        return new Revoked(revoked, matched.unknown());
    }

    private boolean isDefaultVpc(String account, SecurityGroup group) {
        Network defaultNetwork = lookup.defaultNetwork(account);
        return defaultNetwork.id().equals(group.networkId());
    }

    AwsException duplicate(FirewallRule rule) {
        String peerGroup = rule.groupId() == null ? null
                : context.ids().toAws(ResourceKind.SECURITY_GROUP, rule.groupId());
        return AwsException.badRequest("InvalidPermission.Duplicate",
                "the specified rule \"" + RuleText.of(rule, peerGroup) + "\" already exists");
    }
}
