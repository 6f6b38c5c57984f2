package io.cloudgate.ec2.ops.network.subnets;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeResponse;

/**
 * ModifySubnetAttribute: public IPs on launch, DNS64 and private DNS name options, kept by the EC2 layer.
 * IPv6 and customer-owned address settings can only be turned off: this cloud has neither.
 */
public final class ModifySubnetAttribute
        implements Operation<ModifySubnetAttributeRequest, ModifySubnetAttributeResponse> {
    private static final Set<String> HOSTNAME_TYPES = Set.of("ip-name", "resource-name");

    private final NetworkLookup lookup;
    private final SubnetAttributes attributes;

    public ModifySubnetAttribute(Ec2Context context, SubnetAttributes attributes) {
        this.lookup = new NetworkLookup(context);
        this.attributes = attributes;
    }

    @Override
    public ModifySubnetAttributeResponse handle(ModifySubnetAttributeRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.subnetId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter subnetId");
        }
        SubnetAttributes.Stored changes = new SubnetAttributes.Stored(valueOf(request.mapPublicIpOnLaunch()),
                valueOf(request.enableDns64()), valueOf(request.enableResourceNameDnsARecordOnLaunch()),
                valueOf(request.enableResourceNameDnsAAAARecordOnLaunch()),
                request.privateDnsHostnameTypeOnLaunchAsString());
        boolean unsupported = Boolean.TRUE.equals(valueOf(request.assignIpv6AddressOnCreation()))
                || Boolean.TRUE.equals(valueOf(request.mapCustomerOwnedIpOnLaunch()))
                || request.customerOwnedIpv4Pool() != null;
        if (unsupported) {
            throw AwsException.badRequest("UnsupportedOperation",
                    "IPv6 and customer-owned addresses are not supported in this region.");
        }
        if (changes.hostnameType() != null && !HOSTNAME_TYPES.contains(changes.hostnameType())) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + changes.hostnameType()
                    + ") for parameter privateDnsHostnameTypeOnLaunch is invalid.");
        }
        boolean anything = Stream.of(changes.mapPublicIpOnLaunch(), changes.enableDns64(),
                        changes.enableResourceNameDnsARecord(), changes.enableResourceNameDnsAaaaRecord(),
                        changes.hostnameType(), request.assignIpv6AddressOnCreation(),
                        request.mapCustomerOwnedIpOnLaunch(), request.enableLniAtDeviceIndex(),
                        request.disableLniAtDeviceIndex())
                .anyMatch(Objects::nonNull);
        if (!anything) {
            throw AwsException.badRequest("MissingParameter", "The request must contain an attribute to modify");
        }
        lookup.subnet(account, request.subnetId());
        attributes.update(account, request.subnetId(), changes);
        return ModifySubnetAttributeResponse.builder().build();
    }

    private static Boolean valueOf(AttributeBooleanValue attribute) {
        return attribute == null ? null : attribute.value();
    }
}
