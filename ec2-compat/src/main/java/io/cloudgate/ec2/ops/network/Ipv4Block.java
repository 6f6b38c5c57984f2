package io.cloudgate.ec2.ops.network;

import java.util.Optional;

/**
 * An IPv4 CIDR block ("10.0.0.0/16") as numbers, for the range and overlap checks EC2 makes before the
 * cloud is asked. Only canonical blocks parse: four decimal octets, a prefix 0-32, no host bits set.
 */
public record Ipv4Block(long base, int prefix) {

    /** The block, or empty when the text is not a canonical IPv4 CIDR block. */
    public static Optional<Ipv4Block> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String prefixText = text.substring(slash + 1);
        if (prefixText.isEmpty() || prefixText.length() > 2 || !prefixText.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(prefixText);
        Optional<Long> base = address(text.substring(0, slash));
        if (prefix > 32 || base.isEmpty()) {
            return Optional.empty();
        }
        Ipv4Block block = new Ipv4Block(base.get(), prefix);
        return (base.get() & ~block.mask() & 0xFFFFFFFFL) == 0 ? Optional.of(block) : Optional.empty();
    }

    /** A dotted IPv4 address as a number, or empty. */
    public static Optional<Long> address(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = (value << 8) | octet;
        }
        return Optional.of(value);
    }

    public boolean contains(Ipv4Block other) {
        return other.prefix >= prefix && (other.base & mask()) == base;
    }

    public boolean overlaps(Ipv4Block other) {
        return contains(other) || other.contains(this);
    }

    private long mask() {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }
}
