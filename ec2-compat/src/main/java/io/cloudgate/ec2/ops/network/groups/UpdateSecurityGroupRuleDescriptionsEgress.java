package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressResponse;

/** UpdateSecurityGroupRuleDescriptionsEgress: sets the descriptions of egress rules, by traffic or id. */
public final class UpdateSecurityGroupRuleDescriptionsEgress implements
        Operation<UpdateSecurityGroupRuleDescriptionsEgressRequest, UpdateSecurityGroupRuleDescriptionsEgressResponse> {
    private final RuleEdits edits;

    public UpdateSecurityGroupRuleDescriptionsEgress(Ec2Context context) {
        this.edits = new RuleEdits(context);
    }

    @Override
    public UpdateSecurityGroupRuleDescriptionsEgressResponse handle(
            UpdateSecurityGroupRuleDescriptionsEgressRequest request, RequestContext requestContext) {
        edits.describe(requestContext.principal().accountId(), false, request.groupId(), null,
                request.ipPermissions(), request.securityGroupRuleDescriptions(), request.dryRun());
        return UpdateSecurityGroupRuleDescriptionsEgressResponse.builder().returnValue(true).build();
    }
}
