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
import software.amazon.awssdk.services.ec2.model.DisassociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressResponse;

/** Unmaps an address, named by association id or by public IP; an unmapped public IP is left as it is. */
public final class DisassociateAddress implements Operation<DisassociateAddressRequest, DisassociateAddressResponse> {
    private final Ec2Context ec2;
    private final AddressLookup lookup;

    DisassociateAddress(Ec2Context ec2, AddressLookup lookup) {
        this.ec2 = ec2;
        this.lookup = lookup;
    }

    @Override
    public DisassociateAddressResponse handle(DisassociateAddressRequest request, RequestContext context) {
        String account = context.principal().accountId();
        Address address;
        if (request.associationId() != null) {
            address = lookup.byAssociationId(account, request.associationId());
        } else if (request.publicIp() != null) {
            address = lookup.byPublicIp(account, request.publicIp());
        } else {
            throw AwsException.badRequest("MissingParameter",
                    "Either public IP or association id must be specified");
        }
        DryRun.check(request.dryRun());
        if (address.machineId() != null) {
            try {
                ec2.compute().addresses().disassociate(account, address.id());
            } catch (ComputeException e) {
                throw e.kind() == ComputeException.Kind.NOT_FOUND
                        ? ResourceKind.ADDRESS_ASSOCIATION.notFound(request.associationId())
                        : ComputeErrors.toAws(e, ResourceKind.ADDRESS, lookup.allocationId(address));
            }
        }
        return DisassociateAddressResponse.builder().build();
    }
}
