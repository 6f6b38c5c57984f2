package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupResponse;

/**
 * CreateSecurityGroup: in the VPC given, or the default VPC. Names are unique per VPC, up to 255 ASCII
 * characters and may not look like group ids ("sg-..."). New groups allow all egress, as on AWS.
 */
public final class CreateSecurityGroup implements Operation<CreateSecurityGroupRequest, CreateSecurityGroupResponse> {
    private static final int MAX_LENGTH = 255;

    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final GroupView view;

    public CreateSecurityGroup(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.view = new GroupView(context);
    }

    @Override
    public CreateSecurityGroupResponse handle(CreateSecurityGroupRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String name = request.groupName();
        String description = request.description();
        if (name == null || name.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter GroupName");
        }
        if (description == null || description.isEmpty()) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter GroupDescription");
        }
        if (name.startsWith("sg-")) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + name
                    + ") for parameter GroupName is invalid. Group names may not be in the format sg-*.");
        }
        checkText(name, "GroupName");
        checkText(description, "GroupDescription");
        Network network = request.vpcId() == null ? lookup.defaultNetwork(account)
                : lookup.network(account, request.vpcId());
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "security-group");
        DryRun.check(request.dryRun());

        SecurityGroup group;
        try {
            group = context.compute().securityGroups().create(account, network.id(), name, description);
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.ALREADY_EXISTS) {
                throw AwsException.badRequest("InvalidGroup.Duplicate", "The security group '" + name
                        + "' already exists for VPC '" + lookup.vpcId(network.id()) + "'");
            }
            throw ComputeErrors.toAws(e, ResourceKind.SECURITY_GROUP, null);
        }
        String groupId = view.groupId(group);
        if (!tags.isEmpty()) {
            context.tags().put(account, groupId, tags);
        }
        return CreateSecurityGroupResponse.builder()
                .groupId(groupId)
                .securityGroupArn(view.groupArn(account, groupId))
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }

    private static void checkText(String value, String parameter) {
        if (value.length() > MAX_LENGTH) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value + ") for parameter " + parameter
                    + " is invalid. Length exceeds maximum of " + MAX_LENGTH + ".");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value + ") for parameter " + parameter
                    + " is invalid. Character sets beyond ASCII are not supported.");
        }
    }
}
