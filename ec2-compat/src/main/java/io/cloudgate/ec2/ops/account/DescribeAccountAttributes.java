package io.cloudgate.ec2.ops.account;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.AccountAttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesResponse;

/**
 * The account's platform and limits, in the order EC2 lists them. The limits are EC2's defaults; the cloud
 * enforces its own quotas and reports them with EC2's limit codes when they are reached.
 */
public final class DescribeAccountAttributes
        implements Operation<DescribeAccountAttributesRequest, DescribeAccountAttributesResponse> {
    private final Ec2Context context;

    DescribeAccountAttributes(Ec2Context context) {
        this.context = context;
    }

    @Override
    public DescribeAccountAttributesResponse handle(DescribeAccountAttributesRequest request,
                                                    RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        Map<String, Supplier<String>> attributes = new LinkedHashMap<>();
        attributes.put("supported-platforms", () -> "VPC");
        attributes.put("vpc-max-security-groups-per-interface", () -> "5");
        attributes.put("max-elastic-ips", () -> "5");
        attributes.put("max-instances", () -> "20");
        attributes.put("vpc-max-elastic-ips", () -> "5");
        attributes.put("default-vpc", () -> defaultVpc(account));
        List<String> wanted = request.attributeNamesAsStrings();
        for (String name : wanted) {
            if (!attributes.containsKey(name)) {
                throw AwsException.badRequest("InvalidParameterValue",
                        "Value (" + name + ") for parameter attributeName is invalid. Unknown attribute.");
            }
        }
        List<AccountAttribute> result = attributes.entrySet().stream()
                .filter(entry -> wanted.isEmpty() || wanted.contains(entry.getKey()))
                .map(entry -> AccountAttribute.builder()
                        .attributeName(entry.getKey())
                        .attributeValues(AccountAttributeValue.builder().attributeValue(entry.getValue().get()).build())
                        .build())
                .toList();
        return DescribeAccountAttributesResponse.builder().accountAttributes(result).build();
    }

    private String defaultVpc(String account) {
        try {
            return context.ids().toAws(ResourceKind.VPC, context.compute().networks().defaultNetwork(account).id());
        } catch (ComputeException e) {
            throw ComputeErrors.toAws(e, ResourceKind.VPC, null);
        }
    }
}
