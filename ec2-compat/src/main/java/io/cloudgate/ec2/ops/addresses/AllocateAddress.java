package io.cloudgate.ec2.ops.addresses;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Address;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.AllocateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DomainType;

/** Allocates a public address from the cloud's pool; a specific address or another pool cannot be asked for. */
public final class AllocateAddress implements Operation<AllocateAddressRequest, AllocateAddressResponse> {
    private final Ec2Context ec2;
    private final AddressLookup lookup;

    AllocateAddress(Ec2Context ec2, AddressLookup lookup) {
        this.ec2 = ec2;
        this.lookup = lookup;
    }

    @Override
    public AllocateAddressResponse handle(AllocateAddressRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String domain = request.domainAsString();
        if (domain != null && !domain.equals("vpc") && !domain.equals("standard")) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + domain + ") for parameter domain is invalid. Valid values: vpc, standard");
        }
        if (request.address() != null) {
            throw AwsException.badRequest("InvalidAddress.NotFound", "Address '" + request.address() + "' not found.");
        }
        if (request.publicIpv4Pool() != null && !request.publicIpv4Pool().equals(AddressShapes.POOL)) {
            throw AwsException.badRequest("InvalidPublicIpv4PoolID.NotFound",
                    "The public IPv4 pool ID '" + request.publicIpv4Pool() + "' does not exist");
        }
        if (request.networkBorderGroup() != null && !request.networkBorderGroup().equals(ec2.region())) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The network border group '" + request.networkBorderGroup() + "' is invalid.");
        }
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "elastic-ip");
        DryRun.check(request.dryRun());
        Address address;
        try {
            address = ec2.compute().addresses().allocate(account);
        } catch (ComputeException e) {
            throw e.kind() == ComputeException.Kind.ADDRESS_QUOTA
                    ? AwsException.badRequest("AddressLimitExceeded",
                            "The maximum number of addresses has been reached.")
                    : ComputeErrors.toAws(e, ResourceKind.ADDRESS, null);
        }
        String allocationId = lookup.allocationId(address);
        if (!tags.isEmpty()) {
            ec2.tags().put(account, allocationId, tags);
        }
        return AllocateAddressResponse.builder()
                .allocationId(allocationId)
                .publicIp(address.publicAddress())
                .domain(DomainType.VPC)
                .publicIpv4Pool(AddressShapes.POOL)
                .networkBorderGroup(ec2.region())
                .build();
    }
}
