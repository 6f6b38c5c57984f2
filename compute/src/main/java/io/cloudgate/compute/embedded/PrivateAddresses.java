package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.Subnet;
import java.util.BitSet;
import java.util.List;

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
        BitSet used = usedOffsets(subnet, block, activeMachines);
        if (requested != null) {
            long address = Cidr.parseAddress(requested, requested);
            long offset = address - block.base();
            if (!block.contains(address) || offset < FIRST_USABLE || offset >= block.size() - 1) {
                throw new ComputeException(Kind.INVALID_ARGUMENT,
                        "Address " + requested + " is not a usable address of subnet " + subnet.cidr());
            }
            if (used.get((int) offset)) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "Address " + requested + " is in use");
            }
            return requested;
        }
        int free = used.nextClearBit(FIRST_USABLE);
        if (free >= block.size() - 1) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Subnet " + subnet.cidr() + " has no free addresses");
        }
        return block.address(free);
    }

    /** The offsets in the block of the addresses the subnet's machines hold (subnets are /16 at most). */
    private static BitSet usedOffsets(Subnet subnet, Cidr block, List<Machine> activeMachines) {
        BitSet used = new BitSet();
        for (Machine machine : activeMachines) {
            if (subnet.id().equals(machine.subnetId()) && machine.privateAddress() != null) {
                long address = Cidr.parseAddress(machine.privateAddress(), machine.privateAddress());
                if (block.contains(address)) {
                    used.set((int) (address - block.base()));
                }
            }
        }
        return used;
    }
}
