package io.cloudgate.ec2.ops.addresses;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Page;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AddressAttribute;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesAttributeResponse;

/** The domain-name attribute (reverse DNS) of addresses; none is ever set, so no PTR record is reported. */
public final class DescribeAddressesAttribute
        implements Operation<DescribeAddressesAttributeRequest, DescribeAddressesAttributeResponse> {
    private final Ec2Context ec2;
    private final AddressLookup lookup;

    DescribeAddressesAttribute(Ec2Context ec2, AddressLookup lookup) {
        this.ec2 = ec2;
        this.lookup = lookup;
    }

    @Override
    public DescribeAddressesAttributeResponse handle(DescribeAddressesAttributeRequest request,
                                                     RequestContext context) {
        String account = context.principal().accountId();
        String attribute = request.attributeAsString();
        if (attribute != null && !attribute.equals("domain-name")) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + attribute + ") for parameter attribute is invalid. Valid values: domain-name");
        }
        List<io.cloudgate.compute.Address> addresses = request.allocationIds().isEmpty()
                ? ec2.compute().addresses().list(account)
                : request.allocationIds().stream().distinct()
                        .map(allocationId -> lookup.byAllocationId(account, allocationId)).toList();
        List<AddressAttribute> attributes = addresses.stream()
                .map(address -> AddressAttribute.builder()
                        .allocationId(lookup.allocationId(address))
                        .publicIp(address.publicAddress())
                        .build())
                .sorted(Comparator.comparing(AddressAttribute::allocationId))
                .toList();
        Page<AddressAttribute> page = Page.of(attributes, AddressAttribute::allocationId, request.maxResults(),
                request.nextToken(), 1, 1000);
        return DescribeAddressesAttributeResponse.builder()
                .addresses(page.items())
                .nextToken(page.nextToken())
                .build();
    }
}
