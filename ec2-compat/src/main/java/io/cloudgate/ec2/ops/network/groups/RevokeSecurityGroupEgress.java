package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressResponse;

/** RevokeSecurityGroupEgress: removes egress rules named by permission or by sgr- id. */
public final class RevokeSecurityGroupEgress
        implements Operation<RevokeSecurityGroupEgressRequest, RevokeSecurityGroupEgressResponse> {
    private final RuleRequests requests;

    public RevokeSecurityGroupEgress(Ec2Context context) {
        this.requests = new RuleRequests(context);
    }

    @Override
    public RevokeSecurityGroupEgressResponse handle(RevokeSecurityGroupEgressRequest request,
                                                    RequestContext requestContext) {
        var target = new RuleRequests.Target(request.groupId(), null, request.ipPermissions(),
                Permissions.legacy(request.ipProtocol(), request.fromPort(), request.toPort(), request.cidrIp(),
                        request.sourceSecurityGroupName(), request.sourceSecurityGroupOwnerId()),
                request.dryRun());
        var revoked = requests.revoke(requestContext.principal().accountId(), false, target,
                request.securityGroupRuleIds());
        return RevokeSecurityGroupEgressResponse.builder()
                .returnValue(true)
                .revokedSecurityGroupRules(revoked.rules())
                .unknownIpPermissions(revoked.unknown().isEmpty() ? null : revoked.unknown())
                .build();
    }
}
