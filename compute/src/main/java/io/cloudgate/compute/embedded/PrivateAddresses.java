package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.Subnet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Hands out private addresses of a subnet: the first four and the last address are reserved, as on EC2. */
final class PrivateAddresses {
    private static final int FIRST_USABLE = 4;

    private PrivateAddresses() {
    }

    /**
     * The requested address if it is usable and free, else INVALID_ARGUMENT; with no request, the lowest
     * free address, or INVALID_ARGUMENT when the subnet is full.
     */
    static String pick(Subnet subnet, List<Machine> activeMachines, String requested) {
        Cidr block = Cidr.parse(subnet.cidr());
        Set<String> used = activeMachines.stream()
                .filter(m -> subnet.id().equals(m.subnetId()))
                .map(Machine::privateAddress)
                .collect(Collectors.toSet());
        if (requested != null) {
            long address = Cidr.parseAddress(requested, requested);
            long offset = address - block.base();
            if (!block.contains(address) || offset < FIRST_USABLE || offset >= block.size() - 1) {
                throw new ComputeException(Kind.INVALID_ARGUMENT,
                        "Address " + requested + " is not a usable address of subnet " + subnet.cidr());
            }
            if (used.contains(requested)) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "Address " + requested + " is in use");
            }
            return requested;
        }
        for (long offset = FIRST_USABLE; offset < block.size() - 1; offset++) {
            String candidate = block.address(offset);
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        throw new ComputeException(Kind.INVALID_ARGUMENT, "Subnet " + subnet.cidr() + " has no free addresses");
    }
}
