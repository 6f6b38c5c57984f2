package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;

/** An IPv4 block ("10.0.0.0/16") as numbers, for containment, overlap and address arithmetic. */
record Cidr(long base, int prefix) {

    static Cidr parse(String text) {
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

    /** Parses a dotted IPv4 address; INVALID_ARGUMENT when it is not one. (A loop: launches parse thousands.) */
    static long parseAddress(String address, String context) {
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

    static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                + (address & 255);
    }

    long size() {
        return 1L << (32 - prefix);
    }

    long mask() {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    boolean contains(long address) {
        return (address & mask()) == base;
    }

    boolean contains(Cidr other) {
        return other.prefix >= prefix && contains(other.base);
    }

    boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The n-th address of the block. */
    String address(long offset) {
        return format(base + offset);
    }

    @Override
    public String toString() {
        return format(base) + "/" + prefix;
    }

    private static ComputeException invalid(String text) {
        return new ComputeException(Kind.INVALID_ARGUMENT, "Invalid IPv4 CIDR block or address: " + text);
    }
}
