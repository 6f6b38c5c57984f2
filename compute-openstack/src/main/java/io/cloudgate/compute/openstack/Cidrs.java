package io.cloudgate.compute.openstack;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import java.util.List;

/** IPv4 CIDR checks with AWS's rules (networks /16 to /28, subnets inside without overlap, 5 reserved addresses). */
final class Cidrs {
    private Cidrs() {
    }

    record Block(long base, int prefix) {
        long size() {
            return 1L << (32 - prefix);
        }

        boolean overlaps(Block other) {
            return base < other.base + other.size() && other.base < base + size();
        }

        boolean contains(Block other) {
            return other.base >= base && other.base + other.size() <= base + size();
        }

        String address(long offset) {
            long a = base + offset;
            return (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
        }
    }

    static Block parse(String cidr) {
        if (cidr == null || !cidr.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}")) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' is invalid");
        }
        String[] parts = cidr.split("/");
        long base = 0;
        for (String octet : parts[0].split("\\.")) {
            int value = Integer.parseInt(octet);
            if (value > 255) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' is invalid");
            }
            base = base << 8 | value;
        }
        int prefix = Integer.parseInt(parts[1]);
        if (prefix > 32 || (base & ((1L << (32 - prefix)) - 1)) != 0) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' is invalid");
        }
        return new Block(base, prefix);
    }

    static void requireNetwork(String cidr) {
        Block block = parse(cidr);
        if (block.prefix() < 16 || block.prefix() > 28) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' is invalid: networks must "
                    + "be between /16 and /28");
        }
    }

    static void requireSubnet(String networkCidr, String cidr, List<String> siblings) {
        Block block = parse(cidr);
        if (block.prefix() > 28 || !parse(networkCidr).contains(block)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' is invalid for the network");
        }
        for (String sibling : siblings) {
            if (parse(sibling).overlaps(block)) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR '" + cidr + "' conflicts with another "
                        + "subnet");
            }
        }
    }

    static int usable(String cidr) {
        return (int) parse(cidr).size() - 5;
    }
}
