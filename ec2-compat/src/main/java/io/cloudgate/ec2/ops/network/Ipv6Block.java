package io.cloudgate.ec2.ops.network;

import java.util.Locale;
import java.util.Optional;

/**
 * IPv6 CIDR blocks ("2001:db8::/32") checked by shape: eight groups of up to four hex digits, or fewer
 * with one "::", and a prefix 0-128. Parsed by hand because the JDK's parser resolves host names.
 */
public final class Ipv6Block {
    private Ipv6Block() {
    }

    /** The block in lower case, or empty when it is not an IPv6 CIDR block. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String prefix = text.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(Character::isDigit)
                || Integer.parseInt(prefix) > 128) {
            return Optional.empty();
        }
        String address = text.substring(0, slash).toLowerCase(Locale.ROOT);
        return isAddress(address) ? Optional.of(address + "/" + Integer.parseInt(prefix)) : Optional.empty();
    }

    private static boolean isAddress(String address) {
        int compressed = address.indexOf("::");
        if (compressed != address.lastIndexOf("::")) {
            return false;
        }
        String[] groups = (compressed >= 0 ? address.replace("::", ":x:") : address).split(":", -1);
        int count = 0;
        for (String group : groups) {
            if (group.equals("x") || group.isEmpty() && compressed >= 0) {
                continue;
            }
            if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        return compressed >= 0 ? count < 8 : count == 8;
    }
}
