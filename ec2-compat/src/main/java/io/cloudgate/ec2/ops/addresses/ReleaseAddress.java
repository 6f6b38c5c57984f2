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
import software.amazon.awssdk.services.ec2.model.ReleaseAddressRequest;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressResponse;

/** Returns an address to the pool; an associated address must be disassociated first (as in a VPC). */
public final class ReleaseAddress implements Operation<ReleaseAddressRequest, ReleaseAddressResponse> {
    private final Ec2Context ec2;
    private final AddressLookup lookup;

    ReleaseAddress(Ec2Context ec2, AddressLookup lookup) {
        this.ec2 = ec2;
        this.lookup = lookup;
    }

    @Override
    public ReleaseAddressResponse handle(ReleaseAddressRequest request, RequestContext context) {
        String account = context.principal().accountId();
        Address address = lookup.require(account, request.allocationId(), request.publicIp());
        String allocationId = lookup.allocationId(address);
        if (address.machineId() != null) {
            throw inUse(allocationId);
        }
        DryRun.check(request.dryRun());
        try {
            ec2.compute().addresses().release(account, address.id());
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case IN_USE -> inUse(allocationId);
                case NOT_FOUND -> ResourceKind.ADDRESS.notFound(allocationId);
                default -> ComputeErrors.toAws(e, ResourceKind.ADDRESS, allocationId);
            };
        }
        ec2.tags().forget(account, allocationId);
        return ReleaseAddressResponse.builder().build();
    }

    private static AwsException inUse(String allocationId) {
        return AwsException.badRequest("InvalidIPAddress.InUse",
                "The address with allocation id [" + allocationId + "] is currently associated; "
                        + "disassociate it first.");
    }
}
