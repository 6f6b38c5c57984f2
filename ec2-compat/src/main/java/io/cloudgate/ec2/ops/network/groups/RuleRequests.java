package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * What Authorize/Revoke Ingress/Egress share once their request is unpacked: find the group, parse the
 * permissions, check, honour DryRun, change. The four operations differ only in their request shapes.
 */
final class RuleRequests {
    private final GroupRefs refs;
    private final Permissions permissions;
    private final RuleChanges changes;

    /** The group and permissions a request names; groupName only for ingress (default VPC). */
    record Target(String groupId, String groupName, List<IpPermission> ipPermissions,
                  List<IpPermission> legacyPermissions, Boolean dryRun) {
        List<IpPermission> all() {
            List<IpPermission> all = new ArrayList<>(ipPermissions);
            all.addAll(legacyPermissions);
            return all;
        }
    }

    RuleRequests(Ec2Context context) {
        NetworkLookup lookup = new NetworkLookup(context);
        this.refs = new GroupRefs(lookup);
        this.permissions = new Permissions(lookup);
        this.changes = new RuleChanges(context);
    }

    List<SecurityGroupRule> authorize(String account, boolean ingress, Target target,
                                      List<TagSpecification> tagSpecifications) {
        SecurityGroup group = group(account, ingress, target);
        List<FirewallRule> rules = permissions.parse(account, group, target.all());
        Map<String, String> tags = TagSpecifications.of(tagSpecifications, "security-group-rule");
        changes.checkAuthorize(group, ingress, rules);
        DryRun.check(target.dryRun());
        return changes.authorize(account, group, ingress, rules, tags);
    }

    RuleChanges.Revoked revoke(String account, boolean ingress, Target target, List<String> ruleIds) {
        SecurityGroup group = group(account, ingress, target);
        List<IpPermission> all = target.all();
        if (all.isEmpty() && ruleIds.isEmpty()) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter ipPermissions or securityGroupRuleIds");
        }
        List<FirewallRule> rules = all.isEmpty() ? List.of() : permissions.parse(account, group, all);
        RuleChanges.Matched matched = changes.match(account, group, ingress, rules, ruleIds);
        DryRun.check(target.dryRun());
        return changes.revoke(account, group, ingress, matched);
    }

    private SecurityGroup group(String account, boolean ingress, Target target) {
        if (!ingress && target.groupId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter groupId");
        }
        return refs.resolve(account, target.groupId(), target.groupName());
    }
}
