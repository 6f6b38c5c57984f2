package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleDescription;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleUpdate;

/**
 * Changes existing rules in place, keeping their sgr- ids: ModifySecurityGroupRules (new traffic, peer and
 * description) and UpdateSecurityGroupRuleDescriptionsIngress/Egress (descriptions only, rules named by sgr- id
 * or by their traffic). Every change is checked before DryRun and before the first write.
 */
final class RuleEdits {
    private static final int MAX_DESCRIPTION = 255;

    private final Ec2Context context;
    private final GroupRefs refs;
    private final Permissions permissions;
    private final RuleChanges changes;

    /** One rule to replace, in the direction it was found. */
    private record Edit(boolean ingress, FirewallRule rule) {
    }

    RuleEdits(Ec2Context context) {
        NetworkLookup lookup = new NetworkLookup(context);
        this.context = context;
        this.refs = new GroupRefs(lookup);
        this.permissions = new Permissions(lookup);
        this.changes = new RuleChanges(context);
    }

    void modify(String account, String groupId, List<SecurityGroupRuleUpdate> updates, Boolean dryRun) {
        SecurityGroup group = requireGroupId(account, groupId);
        if (updates.isEmpty()) {
            throw missing("SecurityGroupRules");
        }
        List<Edit> edits = new ArrayList<>();
        for (SecurityGroupRuleUpdate update : updates) {
            if (update.securityGroupRuleId() == null) {
                throw missing("SecurityGroupRuleId");
            }
            Edit current = byId(group, update.securityGroupRuleId());
            if (update.securityGroupRule() == null) {
                throw missing("SecurityGroupRule");
            }
            FirewallRule parsed = parse(account, group, update.securityGroupRule());
            edits.add(new Edit(current.ingress(), new FirewallRule(current.rule().id(), parsed.protocol(),
                    parsed.fromPort(), parsed.toPort(), parsed.cidrV4(), parsed.cidrV6(), parsed.groupId(),
                    parsed.description())));
        }
        DryRun.check(dryRun);
        apply(account, group, edits);
    }

    void describe(String account, boolean ingress, String groupId, String groupName, List<IpPermission> ipPermissions,
                  List<SecurityGroupRuleDescription> descriptions, Boolean dryRun) {
        if (!ingress && groupId == null) {
            throw missing("groupId");
        }
        SecurityGroup group = refs.resolve(account, groupId, groupName);
        if (ipPermissions.isEmpty() && descriptions.isEmpty()) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter ipPermissions or securityGroupRuleDescriptions");
        }
        List<FirewallRule> present = ingress ? group.ingress() : group.egress();
        List<Edit> edits = new ArrayList<>();
        for (FirewallRule wanted : ipPermissions.isEmpty() ? List.<FirewallRule>of()
                : permissions.parse(account, group, ipPermissions)) {
            FirewallRule rule = present.stream().filter(wanted::sameTrafficAs).findFirst()
                    .orElseThrow(() -> AwsException.badRequest("InvalidPermission.NotFound",
                            "The specified rule does not exist in this security group."));
            edits.add(new Edit(ingress, withDescription(rule, wanted.description())));
        }
        for (SecurityGroupRuleDescription description : descriptions) {
            if (description.securityGroupRuleId() == null) {
                throw missing("SecurityGroupRuleId");
            }
            Edit current = byId(group, description.securityGroupRuleId());
            if (current.ingress() != ingress) {
                throw ResourceKind.SECURITY_GROUP_RULE.notFound(description.securityGroupRuleId());
            }
            edits.add(new Edit(ingress, withDescription(current.rule(), checked(description.description()))));
        }
        DryRun.check(dryRun);
        apply(account, group, edits);
    }

    private void apply(String account, SecurityGroup group, List<Edit> edits) {
        for (Edit edit : edits) {
            try {
                context.compute().securityGroups().update(account, group.id(), edit.ingress(), edit.rule());
            } catch (ComputeException e) {
                throw e.kind() == ComputeException.Kind.ALREADY_EXISTS ? changes.duplicate(edit.rule())
                        : ComputeErrors.toAws(e, ResourceKind.SECURITY_GROUP,
                                context.ids().toAws(ResourceKind.SECURITY_GROUP, group.id()));
            }
        }
    }

    private SecurityGroup requireGroupId(String account, String groupId) {
        if (groupId == null) {
            throw missing("GroupId");
        }
        return refs.resolve(account, groupId, null);
    }

    /** The group's rule with that sgr- id and its direction, or InvalidSecurityGroupRuleId.NotFound. */
    private Edit byId(SecurityGroup group, String ruleId) {
        String backendId = context.ids().requireBackend(ResourceKind.SECURITY_GROUP_RULE, ruleId);
        Optional<FirewallRule> ingress = group.ingress().stream().filter(r -> r.id().equals(backendId)).findFirst();
        if (ingress.isPresent()) {
            return new Edit(true, ingress.get());
        }
        return group.egress().stream().filter(r -> r.id().equals(backendId)).findFirst()
                .map(rule -> new Edit(false, rule))
                .orElseThrow(() -> ResourceKind.SECURITY_GROUP_RULE.notFound(ruleId));
    }

    /** The one rule a SecurityGroupRuleRequest describes: one protocol, ports and exactly one peer. */
    private FirewallRule parse(String account, SecurityGroup group, SecurityGroupRuleRequest request) {
        if (request.prefixListId() != null) {
            throw AwsException.badRequest("InvalidPrefixListId.NotFound",
                    "The prefix list ID '" + request.prefixListId() + "' does not exist");
        }
        IpPermission.Builder permission = IpPermission.builder().ipProtocol(request.ipProtocol())
                .fromPort(request.fromPort()).toPort(request.toPort());
        if (request.cidrIpv4() != null) {
            permission.ipRanges(range -> range.cidrIp(request.cidrIpv4()).description(request.description()));
        }
        if (request.cidrIpv6() != null) {
            permission.ipv6Ranges(range -> range.cidrIpv6(request.cidrIpv6()).description(request.description()));
        }
        if (request.referencedGroupId() != null) {
            permission.userIdGroupPairs(pair -> pair.groupId(request.referencedGroupId())
                    .description(request.description()));
        }
        List<FirewallRule> rules = permissions.parse(account, group, List.of(permission.build()));
        if (rules.size() != 1) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "Specify only one of CidrIpv4, CidrIpv6, PrefixListId or ReferencedGroupId.");
        }
        return rules.getFirst();
    }

    private static FirewallRule withDescription(FirewallRule rule, String description) {
        return new FirewallRule(rule.id(), rule.protocol(), rule.fromPort(), rule.toPort(), rule.cidrV4(),
                rule.cidrV6(), rule.groupId(), description == null || description.isEmpty() ? null : description);
    }

    private static String checked(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw AwsException.badRequest("InvalidParameterValue", "Invalid rule description. Valid descriptions are "
                    + "strings less than 256 characters from the following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*");
        }
        return description;
    }

    private static AwsException missing(String parameter) {
        return AwsException.badRequest("MissingParameter", "The request must contain the parameter " + parameter);
    }
}
