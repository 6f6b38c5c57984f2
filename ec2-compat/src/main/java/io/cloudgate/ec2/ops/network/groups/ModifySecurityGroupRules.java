package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesResponse;

/** ModifySecurityGroupRules: replaces rules' traffic, peer and description, keeping their sgr- ids. */
public final class ModifySecurityGroupRules
        implements Operation<ModifySecurityGroupRulesRequest, ModifySecurityGroupRulesResponse> {
    private final RuleEdits edits;

    public ModifySecurityGroupRules(Ec2Context context) {
        this.edits = new RuleEdits(context);
    }

    @Override
    public ModifySecurityGroupRulesResponse handle(ModifySecurityGroupRulesRequest request,
                                                   RequestContext requestContext) {
        edits.modify(requestContext.principal().accountId(), request.groupId(), request.securityGroupRules(),
                request.dryRun());
        return ModifySecurityGroupRulesResponse.builder().returnValue(true).build();
    }
}
