package io.cloudgate.compute.cloudstack;

import java.util.Optional;

/**
 * An IPv4 block as VPCs and subnets use it: written in canonical form ({@code 10.1.0.0/16}, the address being the
 * block's first), so {@code 10.0.0.1/16} is refused as EC2 refuses it.
 *
 * @param base   the first address, as an unsigned 32-bit number
 * @param prefix the prefix length
 */
record Ipv4Range(long base, int prefix) {

    /** The block, or empty when the text is not a canonical IPv4 CIDR. */
    static Optional<Ipv4Range> parse(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        long address = address(cidr.substring(0, slash));
        int prefix;
        try {
            prefix = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (address < 0 || prefix < 0 || prefix > 32 || (address & ~mask(prefix) & 0xFFFFFFFFL) != 0) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4Range(address, prefix));
    }

    /** A dotted address as a number, or -1 when it is not one. */
    static long address(String text) {
        String[] octets = text == null ? new String[0] : text.split("\\.", -1);
        if (octets.length != 4) {
            return -1;
        }
        long value = 0;
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int part = Integer.parseInt(octet);
            if (part > 255) {
                return -1;
            }
            value = value << 8 | part;
        }
        return value;
    }

    static String text(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
    }

    long size() {
        return 1L << (32 - prefix);
    }

    long last() {
        return base + size() - 1;
    }

    boolean contains(Ipv4Range other) {
        return other.base >= base && other.last() <= last();
    }

    boolean contains(long address) {
        return address >= base && address <= last();
    }

    boolean overlaps(Ipv4Range other) {
        return other.base <= last() && base <= other.last();
    }

    /** The address {@code offset} places into the block ({@code 1}: the gateway CloudStack's tiers use). */
    String host(long offset) {
        return text(base + offset);
    }

    String netmask() {
        return text(mask(prefix));
    }

    @Override
    public String toString() {
        return text(base) + "/" + prefix;
    }
}
