package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressResponse;

/** UpdateSecurityGroupRuleDescriptionsIngress: sets the descriptions of ingress rules, by traffic or id. */
public final class UpdateSecurityGroupRuleDescriptionsIngress implements
        Operation<UpdateSecurityGroupRuleDescriptionsIngressRequest, UpdateSecurityGroupRuleDescriptionsIngressResponse> {
    private final RuleEdits edits;

    public UpdateSecurityGroupRuleDescriptionsIngress(Ec2Context context) {
        this.edits = new RuleEdits(context);
    }

    @Override
    public UpdateSecurityGroupRuleDescriptionsIngressResponse handle(
            UpdateSecurityGroupRuleDescriptionsIngressRequest request, RequestContext requestContext) {
        edits.describe(requestContext.principal().accountId(), true, request.groupId(), request.groupName(),
                request.ipPermissions(), request.securityGroupRuleDescriptions(), request.dryRun());
        return UpdateSecurityGroupRuleDescriptionsIngressResponse.builder().returnValue(true).build();
    }
}
