package io.cloudgate.compute;

import java.util.List;

/** A stateful firewall applied to machines; "default" is the group every network gets. */
public record SecurityGroup(String id, String owner, String networkId, String name, String description,
                            List<FirewallRule> ingress, List<FirewallRule> egress) {
}
