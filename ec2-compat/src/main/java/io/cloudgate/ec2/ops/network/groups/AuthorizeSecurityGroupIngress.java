package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressResponse;

/** AuthorizeSecurityGroupIngress: adds ingress rules, answering them with their sgr- ids. */
public final class AuthorizeSecurityGroupIngress
        implements Operation<AuthorizeSecurityGroupIngressRequest, AuthorizeSecurityGroupIngressResponse> {
    private final RuleRequests requests;

    public AuthorizeSecurityGroupIngress(Ec2Context context) {
        this.requests = new RuleRequests(context);
    }

    @Override
    public AuthorizeSecurityGroupIngressResponse handle(AuthorizeSecurityGroupIngressRequest request,
                                                       RequestContext requestContext) {
        var target = new RuleRequests.Target(request.groupId(), request.groupName(), request.ipPermissions(),
                Permissions.legacy(request.ipProtocol(), request.fromPort(), request.toPort(), request.cidrIp(),
                        request.sourceSecurityGroupName(), request.sourceSecurityGroupOwnerId()),
                request.dryRun());
        var rules = requests.authorize(requestContext.principal().accountId(), true, target,
                request.tagSpecifications());
        return AuthorizeSecurityGroupIngressResponse.builder().returnValue(true).securityGroupRules(rules).build();
    }
}
