package io.cloudgate.ec2.ops.network.vpcs;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;

/** DescribeVpcAttribute: enableDnsSupport, enableDnsHostnames or enableNetworkAddressUsageMetrics. */
public final class DescribeVpcAttribute
        implements Operation<DescribeVpcAttributeRequest, DescribeVpcAttributeResponse> {
    private final NetworkLookup lookup;
    private final VpcAttributes attributes;

    public DescribeVpcAttribute(Ec2Context context, VpcAttributes attributes) {
        this.lookup = new NetworkLookup(context);
        this.attributes = attributes;
    }

    @Override
    public DescribeVpcAttributeResponse handle(DescribeVpcAttributeRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String attribute = request.attributeAsString();
        if (request.vpcId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter vpcId");
        }
        if (attribute == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter attribute");
        }
        Network network = lookup.network(account, request.vpcId());
        VpcAttributes.Values values = attributes.of(account, request.vpcId(), network.isDefault());
        var response = DescribeVpcAttributeResponse.builder().vpcId(request.vpcId());
        switch (attribute) {
            case "enableDnsSupport" -> response.enableDnsSupport(value(values.enableDnsSupport()));
            case "enableDnsHostnames" -> response.enableDnsHostnames(value(values.enableDnsHostnames()));
            case "enableNetworkAddressUsageMetrics" ->
                    response.enableNetworkAddressUsageMetrics(value(values.enableNetworkAddressUsageMetrics()));
            default -> throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return response.build();
    }

    private static AttributeBooleanValue value(boolean value) {
        return AttributeBooleanValue.builder().value(value).build();
    }
}
