package io.cloudgate.compute;

/**
 * One permission of a security group: traffic of a protocol ("tcp", "udp", "icmp", "icmpv6", a number,
 * or "-1" for all) on a port range, from or to a CIDR (v4 or v6) or the members of another group.
 * Exactly one of cidrV4, cidrV6 and groupId is set. For ICMP the ports are type and code.
 */
public record FirewallRule(String id, String protocol, Integer fromPort, Integer toPort, String cidrV4,
                           String cidrV6, String groupId, String description) {
    /** Same traffic and source, whatever the id and description. */
    public boolean sameTrafficAs(FirewallRule other) {
        return java.util.Objects.equals(protocol, other.protocol)
                && java.util.Objects.equals(fromPort, other.fromPort)
                && java.util.Objects.equals(toPort, other.toPort)
                && java.util.Objects.equals(cidrV4, other.cidrV4)
                && java.util.Objects.equals(cidrV6, other.cidrV6)
                && java.util.Objects.equals(groupId, other.groupId);
    }
}
