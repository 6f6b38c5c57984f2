package io.cloudgate.ec2.ops.network.groups;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressResponse;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressResponse;

/** Security groups and their rules. */
public final class GroupOperations {
    private GroupOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        return List.of(
                BoundOperation.of(operation("CreateSecurityGroup", CreateSecurityGroupRequest::builder,
                        CreateSecurityGroupResponse::builder), new CreateSecurityGroup(context)),
                BoundOperation.of(operation("DeleteSecurityGroup", DeleteSecurityGroupRequest::builder,
                        DeleteSecurityGroupResponse::builder), new DeleteSecurityGroup(context)),
                BoundOperation.of(operation("DescribeSecurityGroups", DescribeSecurityGroupsRequest::builder,
                        DescribeSecurityGroupsResponse::builder), new DescribeSecurityGroups(context)),
                BoundOperation.of(operation("AuthorizeSecurityGroupIngress", AuthorizeSecurityGroupIngressRequest::builder,
                        AuthorizeSecurityGroupIngressResponse::builder), new AuthorizeSecurityGroupIngress(context)),
                BoundOperation.of(operation("AuthorizeSecurityGroupEgress", AuthorizeSecurityGroupEgressRequest::builder,
                        AuthorizeSecurityGroupEgressResponse::builder), new AuthorizeSecurityGroupEgress(context)),
                BoundOperation.of(operation("RevokeSecurityGroupIngress", RevokeSecurityGroupIngressRequest::builder,
                        RevokeSecurityGroupIngressResponse::builder), new RevokeSecurityGroupIngress(context)),
                BoundOperation.of(operation("RevokeSecurityGroupEgress", RevokeSecurityGroupEgressRequest::builder,
                        RevokeSecurityGroupEgressResponse::builder), new RevokeSecurityGroupEgress(context)),
                BoundOperation.of(operation("DescribeSecurityGroupRules", DescribeSecurityGroupRulesRequest::builder,
                        DescribeSecurityGroupRulesResponse::builder), new DescribeSecurityGroupRules(context)),
                BoundOperation.of(operation("ModifySecurityGroupRules", ModifySecurityGroupRulesRequest::builder,
                        ModifySecurityGroupRulesResponse::builder), new ModifySecurityGroupRules(context)),
                BoundOperation.of(operation("UpdateSecurityGroupRuleDescriptionsIngress", UpdateSecurityGroupRuleDescriptionsIngressRequest::builder,
                        UpdateSecurityGroupRuleDescriptionsIngressResponse::builder), new UpdateSecurityGroupRuleDescriptionsIngress(context)),
                BoundOperation.of(operation("UpdateSecurityGroupRuleDescriptionsEgress", UpdateSecurityGroupRuleDescriptionsEgressRequest::builder,
                        UpdateSecurityGroupRuleDescriptionsEgressResponse::builder), new UpdateSecurityGroupRuleDescriptionsEgress(context)));
    }
}
