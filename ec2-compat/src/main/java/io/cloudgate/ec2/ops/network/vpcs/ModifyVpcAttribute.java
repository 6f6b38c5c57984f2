package io.cloudgate.ec2.ops.network.vpcs;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeResponse;

/** ModifyVpcAttribute: one attribute per call, as AWS requires; kept by the EC2 layer. */
public final class ModifyVpcAttribute implements Operation<ModifyVpcAttributeRequest, ModifyVpcAttributeResponse> {
    private final NetworkLookup lookup;
    private final VpcAttributes attributes;

    public ModifyVpcAttribute(Ec2Context context, VpcAttributes attributes) {
        this.lookup = new NetworkLookup(context);
        this.attributes = attributes;
    }

    @Override
    public ModifyVpcAttributeResponse handle(ModifyVpcAttributeRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.vpcId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter vpcId");
        }
        Boolean dnsSupport = valueOf(request.enableDnsSupport());
        Boolean dnsHostnames = valueOf(request.enableDnsHostnames());
        Boolean metrics = valueOf(request.enableNetworkAddressUsageMetrics());
        long given = Stream.of(dnsSupport, dnsHostnames, metrics).filter(value -> value != null).count();
        if (given != 1) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "Exactly one of enableDnsSupport, enableDnsHostnames and enableNetworkAddressUsageMetrics "
                            + "must be specified.");
        }
        lookup.network(account, request.vpcId());
        attributes.update(account, request.vpcId(), new VpcAttributes.Stored(dnsSupport, dnsHostnames, metrics, null));
        return ModifyVpcAttributeResponse.builder().build();
    }

    private static Boolean valueOf(AttributeBooleanValue attribute) {
        return attribute == null ? null : attribute.value();
    }
}
