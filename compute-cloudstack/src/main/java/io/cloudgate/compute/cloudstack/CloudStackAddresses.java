package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Address;
import io.cloudgate.compute.Addresses;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.MachineState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public addresses (associateIpAddress, enableStaticNat/disableStaticNat, disassociateIpAddress). Source-NAT
 * addresses of networks and the system addresses an Elastic IP zone gives running VMs are the cloud's business and
 * are not listed as the tenant's Elastic IPs.
 */
final class CloudStackAddresses implements Addresses {
    private static final String WHAT = "address";
    private final Backend backend;

    private final MachineViews machines;

    CloudStackAddresses(Backend backend) {
        this.backend = backend;
        this.machines = new MachineViews(backend);
    }

    /** An address of the default zone (or the first), where launches without a zone go. */
    @Override
    public Address allocate(String account) {
        String wanted = backend.settings.defaultZone();
        String zoneId = Fields.text(Backend.guard("zone", backend.catalog::zones).stream()
                .filter(z -> wanted == null || wanted.equals(Fields.text(z, "name"))).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE, "The cloud offers no zone")), "id");
        JsonNode address = backend.submitAndWait(account, "associateIpAddress", Map.of("zoneid", zoneId), WHAT,
                "ipaddress");
        if (address == null) {
            throw new ComputeException(Kind.UNAVAILABLE, "The cloud did not allocate an address");
        }
        return IpAddressToAddress.apply(address, account, null);
    }

    @Override
    public List<Address> list(String account) {
        return backend.list(account, "listPublicIpAddresses", Map.of(), "publicipaddress", WHAT).stream()
                .filter(a -> !Fields.bool(a, "issourcenat") && !Fields.bool(a, "issystem"))
                .map(a -> {
                    String vm = Fields.text(a, "virtualmachineid");
                    return IpAddressToAddress.apply(a, account, vm == null ? null : backend.machineIds.toPort(vm));
                }).toList();
    }

    @Override
    public Optional<Address> find(String account, String addressId) {
        return list(account).stream().filter(a -> a.id().equals(addressId)).findFirst();
    }

    /** Moves the address to the machine, taking it off its previous machine and the machine's previous address. */
    @Override
    public Address associate(String account, String addressId, String machineId) {
        Address address = require(account, addressId);
        MachineState state = machines.require(account, machineId).state();
        if (state == MachineState.SHUTTING_DOWN || state == MachineState.TERMINATED) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance is terminated");
        }
        String vm = backend.machineIds.toCloudStack(machineId)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance is still being launched"));
        if (machineId.equals(address.machineId())) {
            return address;
        }
        for (Address held : list(account)) {
            if (held.id().equals(addressId) ? held.machineId() != null : machineId.equals(held.machineId())) {
                disassociate(account, held.id());
            }
        }
        backend.call(account, "enableStaticNat", Map.of("ipaddressid", addressId, "virtualmachineid", vm), WHAT);
        return require(account, addressId);
    }

    @Override
    public Address disassociate(String account, String addressId) {
        Address address = require(account, addressId);
        if (address.machineId() == null) {
            return address;
        }
        backend.submitAndWait(account, "disableStaticNat", Map.of("ipaddressid", addressId), WHAT, "success");
        return require(account, addressId);
    }

    @Override
    public void release(String account, String addressId) {
        if (require(account, addressId).machineId() != null) {
            throw new ComputeException(Kind.IN_USE, "The address is associated");
        }
        backend.submitAndWait(account, "disassociateIpAddress", Map.of("id", addressId), WHAT, "success");
    }

    private Address require(String account, String addressId) {
        return find(account, addressId).orElseThrow(() -> ComputeException.notFound("The address"));
    }
}
