package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupResponse;

/**
 * DeleteSecurityGroup by id, or by name in the default VPC. A VPC's default group cannot be deleted
 * (CannotDelete); a group machines use or other groups' rules reference is a DependencyViolation.
 */
public final class DeleteSecurityGroup implements Operation<DeleteSecurityGroupRequest, DeleteSecurityGroupResponse> {
    private final Ec2Context context;
    private final GroupRefs refs;
    private final GroupView view;

    public DeleteSecurityGroup(Ec2Context context) {
        this.context = context;
        this.refs = new GroupRefs(new NetworkLookup(context));
        this.view = new GroupView(context);
    }

    @Override
    public DeleteSecurityGroupResponse handle(DeleteSecurityGroupRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        SecurityGroup group = refs.resolve(account, request.groupId(), request.groupName());
        String groupId = view.groupId(group);
        if ("default".equals(group.name())) {
            throw AwsException.badRequest("CannotDelete", "the specified group: \"" + groupId
                    + "\" name: \"default\" cannot be deleted by a user");
        }
        DryRun.check(request.dryRun());
        try {
            context.compute().securityGroups().delete(account, group.id());
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.IN_USE) {
                throw AwsException.badRequest("DependencyViolation",
                        "resource " + groupId + " has a dependent object");
            }
            throw ComputeErrors.toAws(e, ResourceKind.SECURITY_GROUP, groupId);
        }
        context.tags().forget(account, groupId);
        Stream.concat(group.ingress().stream(), group.egress().stream())
                .map(FirewallRule::id)
                .forEach(ruleId -> context.tags().forget(account,
                        context.ids().toAws(ResourceKind.SECURITY_GROUP_RULE, ruleId)));
        return DeleteSecurityGroupResponse.builder().returnValue(true).groupId(groupId).build();
    }
}
