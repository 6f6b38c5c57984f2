package io.cloudgate.compute.embedded;

import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import java.util.List;

/** New security group records as the cloud creates them. */
final class GroupRecords {
    static final String DEFAULT_NAME = "default";

    private GroupRecords() {
    }

    /** A group that allows all outbound traffic and no inbound traffic. */
    static SecurityGroup newGroup(String owner, String networkId, String name, String description) {
        return new SecurityGroup(ComputeTables.newId(), owner, networkId, name, description, List.of(),
                List.of(allowAllTo("0.0.0.0/0")));
    }

    /** A network's default group: members talk to each other freely, everything may go out. */
    static SecurityGroup defaultGroup(String owner, String networkId) {
        String id = ComputeTables.newId();
        FirewallRule fromMembers = new FirewallRule(ComputeTables.newId(), "-1", null, null, null, null, id, null);
        return new SecurityGroup(id, owner, networkId, DEFAULT_NAME, "default VPC security group",
                List.of(fromMembers), List.of(allowAllTo("0.0.0.0/0")));
    }

    static boolean isDefault(SecurityGroup group) {
        return group.name().equals(DEFAULT_NAME);
    }

    private static FirewallRule allowAllTo(String cidr) {
        return new FirewallRule(ComputeTables.newId(), "-1", null, null, cidr, null, null, null);
    }
}
