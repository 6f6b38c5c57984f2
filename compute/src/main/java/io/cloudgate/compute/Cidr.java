package io.cloudgate.compute;

import io.cloudgate.compute.ComputeException.Kind;
import java.util.Optional;

/**
 * An IPv4 block ("10.0.0.0/16") as numbers, for containment, overlap and address arithmetic; written in canonical
 * form (the address is the block's first), as EC2 requires of VPCs and subnets. Adapters share it.
 */
public record Cidr(long base, int prefix) {

    /** The block; INVALID_ARGUMENT when the text is not a canonical IPv4 CIDR. */
    public static Cidr parse(String text) {
        if (text == null) {
            throw invalid("null");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw invalid(text);
        }
        long base = parseAddress(text.substring(0, slash), text);
        int prefix;
        try {
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
        if (prefix < 0 || prefix > 32) {
            throw invalid(text);
        }
        Cidr cidr = new Cidr(base, prefix);
        if ((base & ~cidr.mask()) != 0) {
            throw invalid(text);
        }
        return cidr;
    }

    /** The block, or empty when the text is not a canonical IPv4 CIDR (for callers with errors of their own). */
    public static Optional<Cidr> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (ComputeException e) {
            return Optional.empty();
        }
    }

    /** Parses a dotted IPv4 address; INVALID_ARGUMENT when it is not one. (A loop: launches parse thousands.) */
    public static long parseAddress(String address, String context) {
        if (address == null) {
            throw invalid(context);
        }
        long value = 0;
        int parts = 0;
        int start = 0;
        for (int end = 0; end <= address.length(); end++) {
            if (end < address.length() && address.charAt(end) != '.') {
                continue;
            }
            if (end == start || end - start > 3 || ++parts > 4) {
                throw invalid(context);
            }
            int octet = 0;
            for (int i = start; i < end; i++) {
                int digit = Character.digit(address.charAt(i), 10);
                if (digit < 0) {
                    throw invalid(context);
                }
                octet = octet * 10 + digit;
            }
            if (octet > 255) {
                throw invalid(context);
            }
            value = (value << 8) | octet;
            start = end + 1;
        }
        if (parts != 4) {
            throw invalid(context);
        }
        return value;
    }

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                + (address & 255);
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    public long mask() {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public boolean contains(long address) {
        return (address & mask()) == base;
    }

    public boolean contains(Cidr other) {
        return other.prefix >= prefix && contains(other.base);
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The n-th address of the block. */
    public String address(long offset) {
        return format(base + offset);
    }

    /** The block's netmask, dotted ("255.255.255.0" for a /24). */
    public String netmask() {
        return format(mask());
    }

    @Override
    public String toString() {
        return format(base) + "/" + prefix;
    }

    private static ComputeException invalid(String text) {
        return new ComputeException(Kind.INVALID_ARGUMENT, "Invalid IPv4 CIDR block or address: " + text);
    }
}
