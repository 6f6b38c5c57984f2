package io.cloudgate.ec2.ops.network.groups;

import io.cloudgate.compute.FirewallRule;

/** A rule as AWS words it in InvalidPermission.Duplicate: "peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW". */
final class RuleText {
    private RuleText() {
    }

    /**
     * @param peerGroupAwsId the AWS id of the referenced group, when the rule references one
     */
    static String of(FirewallRule rule, String peerGroupAwsId) {
        String peer = rule.cidrV4() != null ? rule.cidrV4() : rule.cidrV6() != null ? rule.cidrV6() : peerGroupAwsId;
        return "peer: " + peer + ", " + traffic(rule) + ", ALLOW";
    }

    private static String traffic(FirewallRule rule) {
        return switch (rule.protocol()) {
            case "-1" -> "ALL";
            case "tcp", "udp" -> rule.protocol().toUpperCase(java.util.Locale.ROOT) + ", from port: " + rule.fromPort()
                    + ", to port: " + rule.toPort();
            case "icmp" -> "ICMP, type: " + rule.fromPort() + ", code: " + rule.toPort();
            case "icmpv6" -> "ICMPv6, type: " + rule.fromPort() + ", code: " + rule.toPort();
            default -> "protocol: " + rule.protocol();
        };
    }
}
