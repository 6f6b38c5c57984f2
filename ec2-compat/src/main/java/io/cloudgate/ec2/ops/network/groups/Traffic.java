package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.api.AwsException;
import java.util.Locale;
import java.util.Map;

/**
 * The protocol and ports of a permission, normalized as AWS stores them: protocol names for TCP, UDP,
 * ICMP and ICMPv6 whatever way they were given ("6" becomes "tcp"), "-1" for all traffic, other
 * protocols by number. Ports only mean something for TCP/UDP (a range) and ICMP (type and code); for
 * every other protocol they are dropped, as AWS drops them.
 *
 * @param fromPort null when the protocol has no ports
 * @param toPort   null when the protocol has no ports
 */
record Traffic(String protocol, Integer fromPort, Integer toPort) {
    private static final Map<String, String> NAMES = Map.of("6", "tcp", "17", "udp", "1", "icmp", "58", "icmpv6",
            "all", "-1");

    static Traffic parse(String ipProtocol, Integer fromPort, Integer toPort) {
        if (ipProtocol == null || ipProtocol.isBlank()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter ipProtocol");
        }
        String lower = ipProtocol.trim().toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && lower.length() <= 3 && lower.chars().allMatch(Character::isDigit)) {
            lower = String.valueOf(Integer.parseInt(lower));
        }
        String protocol = NAMES.getOrDefault(lower, lower);
        return switch (protocol) {
            case "tcp", "udp" -> ports(protocol, fromPort, toPort);
            case "icmp", "icmpv6" -> icmp(protocol, fromPort, toPort);
            case "-1" -> new Traffic("-1", null, null);
            default -> new Traffic(number(ipProtocol, protocol), null, null);
        };
    }

    boolean isAll() {
        return "-1".equals(protocol);
    }

    private static Traffic ports(String protocol, Integer from, Integer to) {
        if (from == null || to == null) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.");
        }
        if (from < 0 || from > 65535) {
            throw AwsException.badRequest("InvalidParameterValue", "TCP/UDP (from) port (" + from + ") out of range");
        }
        if (to < 0 || to > 65535) {
            throw AwsException.badRequest("InvalidParameterValue", "TCP/UDP (to) port (" + to + ") out of range");
        }
        if (from > to) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Invalid TCP/UDP port range (from " + from + " to " + to + ")");
        }
        return new Traffic(protocol, from, to);
    }

    private static Traffic icmp(String protocol, Integer type, Integer code) {
        if (type == null || code == null) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Invalid value 'Must specify both from and to ports with ICMP.' for portRange.");
        }
        if (type < -1 || type > 255) {
            throw AwsException.badRequest("InvalidParameterValue", "ICMP type (" + type + ") out of range");
        }
        if (code < -1 || code > 255 || type == -1 && code != -1) {
            throw AwsException.badRequest("InvalidParameterValue", "ICMP code (" + code + ") out of range");
        }
        return new Traffic(protocol, type, code);
    }

    private static String number(String given, String protocol) {
        if (!protocol.isEmpty() && protocol.length() <= 3 && protocol.chars().allMatch(Character::isDigit)
                && Integer.parseInt(protocol) <= 255) {
            return protocol;
        }
        throw AwsException.badRequest("InvalidParameterValue",
                "Invalid value '" + given + "' for IP protocol. Unknown protocol.");
    }
}
