package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressResponse;

/** RevokeSecurityGroupIngress: removes ingress rules named by permission or by sgr- id. */
public final class RevokeSecurityGroupIngress
        implements Operation<RevokeSecurityGroupIngressRequest, RevokeSecurityGroupIngressResponse> {
    private final RuleRequests requests;

    public RevokeSecurityGroupIngress(Ec2Context context) {
        this.requests = new RuleRequests(context);
    }

    @Override
    public RevokeSecurityGroupIngressResponse handle(RevokeSecurityGroupIngressRequest request,
                                                    RequestContext requestContext) {
        var target = new RuleRequests.Target(request.groupId(), request.groupName(), request.ipPermissions(),
                Permissions.legacy(request.ipProtocol(), request.fromPort(), request.toPort(), request.cidrIp(),
                        request.sourceSecurityGroupName(), request.sourceSecurityGroupOwnerId()),
                request.dryRun());
        var revoked = requests.revoke(requestContext.principal().accountId(), true, target,
                request.securityGroupRuleIds());
        return RevokeSecurityGroupIngressResponse.builder()
                .returnValue(true)
                .revokedSecurityGroupRules(revoked.rules())
                .unknownIpPermissions(revoked.unknown().isEmpty() ? null : revoked.unknown())
                .build();
    }
}
