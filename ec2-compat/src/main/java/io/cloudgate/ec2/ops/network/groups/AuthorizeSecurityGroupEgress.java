package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressResponse;

/** AuthorizeSecurityGroupEgress: adds egress rules, answering them with their sgr- ids. */
public final class AuthorizeSecurityGroupEgress
        implements Operation<AuthorizeSecurityGroupEgressRequest, AuthorizeSecurityGroupEgressResponse> {
    private final RuleRequests requests;

    public AuthorizeSecurityGroupEgress(Ec2Context context) {
        this.requests = new RuleRequests(context);
    }

    @Override
    public AuthorizeSecurityGroupEgressResponse handle(AuthorizeSecurityGroupEgressRequest request,
                                                       RequestContext requestContext) {
        var target = new RuleRequests.Target(request.groupId(), null, request.ipPermissions(),
                Permissions.legacy(request.ipProtocol(), request.fromPort(), request.toPort(), request.cidrIp(),
                        request.sourceSecurityGroupName(), request.sourceSecurityGroupOwnerId()),
                request.dryRun());
        var rules = requests.authorize(requestContext.principal().accountId(), false, target,
                request.tagSpecifications());
        return AuthorizeSecurityGroupEgressResponse.builder().returnValue(true).securityGroupRules(rules).build();
    }
}
