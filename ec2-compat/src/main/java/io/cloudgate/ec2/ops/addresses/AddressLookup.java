package io.cloudgate.ec2.ops.addresses;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Address;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Optional;

/**
 * Finds an account's addresses by allocation id, public IP or association id, and the machine an
 * instance id or network interface id stands for. An association id is derived from the address and the
 * machine, so it names one association and stops resolving once the address is mapped elsewhere.
 */
final class AddressLookup {
    private final Ec2Context ec2;

    AddressLookup(Ec2Context ec2) {
        this.ec2 = ec2;
    }

    Address byAllocationId(String account, String allocationId) {
        return ec2.ids().toBackend(ResourceKind.ADDRESS, allocationId)
                .flatMap(addressId -> ec2.compute().addresses().find(account, addressId))
                .orElseThrow(() -> ResourceKind.ADDRESS.notFound(allocationId));
    }

    Address byPublicIp(String account, String publicIp) {
        return ec2.compute().addresses().list(account).stream()
                .filter(address -> publicIp.equals(address.publicAddress()))
                .findFirst()
                .orElseThrow(() -> AwsException.badRequest("InvalidAddress.NotFound",
                        "Address '" + publicIp + "' not found."));
    }

    /** The address named by AllocationId, or else by PublicIp. */
    Address require(String account, String allocationId, String publicIp) {
        if (allocationId != null) {
            return byAllocationId(account, allocationId);
        }
        if (publicIp != null) {
            return byPublicIp(account, publicIp);
        }
        throw AwsException.badRequest("MissingParameter", "Either public IP or allocation id must be specified");
    }

    /** The address an association id names, while that association holds. */
    Address byAssociationId(String account, String associationId) {
        Optional<String[]> parts = ec2.ids().toBackend(ResourceKind.ADDRESS_ASSOCIATION, associationId)
                .map(backend -> backend.split(":", 2))
                .filter(split -> split.length == 2);
        return parts.flatMap(split -> ec2.compute().addresses().find(account, split[0])
                        .filter(address -> split[1].equals(address.machineId())))
                .orElseThrow(() -> ResourceKind.ADDRESS_ASSOCIATION.notFound(associationId));
    }

    String associationId(Address address) {
        return ec2.ids().toAws(ResourceKind.ADDRESS_ASSOCIATION, address.id() + ":" + address.machineId());
    }

    String allocationId(Address address) {
        return ec2.ids().toAws(ResourceKind.ADDRESS, address.id());
    }

    /** The machine of an instance id or of a network interface id (one interface per instance). */
    Machine machine(String account, String instanceId, String networkInterfaceId) {
        if (instanceId == null && networkInterfaceId == null) {
            throw AwsException.badRequest("MissingParameter",
                    "Either instance ID or network interface ID must be specified");
        }
        Machine byInstance = instanceId == null ? null : find(account, ResourceKind.INSTANCE, instanceId);
        Machine byInterface = networkInterfaceId == null ? null
                : find(account, ResourceKind.NETWORK_INTERFACE, networkInterfaceId);
        if (byInstance != null && byInterface != null && !byInstance.id().equals(byInterface.id())) {
            throw AwsException.badRequest("InvalidParameterCombination", "The network interface '"
                    + networkInterfaceId + "' is not attached to instance '" + instanceId + "'");
        }
        return byInstance != null ? byInstance : byInterface;
    }

    private Machine find(String account, ResourceKind kind, String awsId) {
        return ec2.ids().toBackend(kind, awsId)
                .flatMap(machineId -> ec2.compute().machines().find(account, machineId))
                .filter(machine -> machine.state() != MachineState.TERMINATED)
                .orElseThrow(() -> kind.notFound(awsId));
    }
}
