package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Private addresses of VPC tiers. CloudStack picks a free address of a tier at random; the adapter asks for one
 * itself (deployVirtualMachine's {@code ipaddress}) so that launches get the first free address as in EC2, which
 * keeps a subnet's first four addresses and its last (CloudStack's gateway, the VPC router, is the first host).
 */
final class TierAddresses {
    /** Addresses EC2 keeps in every subnet: network, router, DNS, reserved, and broadcast. */
    static final int RESERVED = 5;
    private static final int FIRST_HOST = 4;

    private final Backend backend;

    TierAddresses(Backend backend) {
        this.backend = backend;
    }

    /** Addresses the tenant's machines (deployed or queued) hold in the tier. */
    Set<String> used(String account, String tierId) {
        Set<String> used = new HashSet<>();
        for (JsonNode vm : backend.list(account, "listVirtualMachines", Map.of(), "virtualmachine", "instance")) {
            vm.path("nic").forEach(nic -> {
                if (tierId.equals(Fields.text(nic, "networkid")) && Fields.text(nic, "ipaddress") != null) {
                    used.add(Fields.text(nic, "ipaddress"));
                }
            });
        }
        backend.deploys.placeholders(account).stream().filter(m -> tierId.equals(m.subnetId()))
                .map(Machine::privateAddress).filter(a -> a != null).forEach(used::add);
        return used;
    }

    String firstFree(String account, JsonNode tier) {
        Cidr range = Cidr.tryParse(Fields.text(tier, "cidr"))
                .orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE, "The subnet has no address range"));
        Set<String> used = used(account, Fields.text(tier, "id"));
        for (long offset = FIRST_HOST; offset < range.size() - 1; offset++) {
            String address = range.address(offset);
            if (!used.contains(address)) {
                return address;
            }
        }
        throw new ComputeException(Kind.CAPACITY, "The subnet has no free private address");
    }

    static int available(String cidr, int used) {
        return Math.max(0, NetworkMappers.freeAddresses(cidr) - used);
    }
}
