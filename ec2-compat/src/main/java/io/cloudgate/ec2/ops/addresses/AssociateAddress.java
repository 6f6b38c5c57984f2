package io.cloudgate.ec2.ops.addresses;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Address;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import software.amazon.awssdk.services.ec2.model.AssociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AssociateAddressResponse;

/**
 * Maps an address to an instance (by instance id or its network interface id). An address mapped to
 * another instance moves only with AllowReassociation; an instance's previous address is released from it.
 */
public final class AssociateAddress implements Operation<AssociateAddressRequest, AssociateAddressResponse> {
    private final Ec2Context ec2;
    private final AddressLookup lookup;

    AssociateAddress(Ec2Context ec2, AddressLookup lookup) {
        this.ec2 = ec2;
        this.lookup = lookup;
    }

    @Override
    public AssociateAddressResponse handle(AssociateAddressRequest request, RequestContext context) {
        String account = context.principal().accountId();
        Address address = lookup.require(account, request.allocationId(), request.publicIp());
        Machine machine = lookup.machine(account, request.instanceId(), request.networkInterfaceId());
        String instanceId = ec2.ids().toAws(ResourceKind.INSTANCE, machine.id());
        if (machine.state() != MachineState.RUNNING && machine.state() != MachineState.STOPPED
                && machine.state() != MachineState.STOPPING) {
            throw AwsException.badRequest("IncorrectInstanceState", "The " + machine.state().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', '-') + " instance '" + instanceId
                    + "' is not in a valid state for this operation.");
        }
        if (request.privateIpAddress() != null && !request.privateIpAddress().equals(machine.privateAddress())) {
            throw AwsException.badRequest("InvalidParameterValue", "The private IP address "
                    + request.privateIpAddress() + " is not assigned to the network interface of " + instanceId);
        }
        boolean elsewhere = address.machineId() != null && !address.machineId().equals(machine.id());
        if (elsewhere && !Boolean.TRUE.equals(request.allowReassociation())) {
            throw AwsException.badRequest("Resource.AlreadyAssociated", "resource " + lookup.allocationId(address)
                    + " is already associated with associate-id " + lookup.associationId(address));
        }
        DryRun.check(request.dryRun());
        Address associated;
        try {
            associated = ec2.compute().addresses().associate(account, address.id(), machine.id());
        } catch (ComputeException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ResourceKind.ADDRESS.notFound(lookup.allocationId(address));
                case INVALID_STATE -> AwsException.badRequest("IncorrectInstanceState",
                        "The instance '" + instanceId + "' is not in a valid state for this operation.");
                default -> ComputeErrors.toAws(e, ResourceKind.ADDRESS, lookup.allocationId(address));
            };
        }
        return AssociateAddressResponse.builder().associationId(lookup.associationId(associated)).build();
    }
}
