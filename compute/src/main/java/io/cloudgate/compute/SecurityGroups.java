package io.cloudgate.compute;

import java.util.List;
import java.util.Optional;

public interface SecurityGroups {
    /** Groups of the account, including each network's default group (created with the network). */
    List<SecurityGroup> list(String account);

    Optional<SecurityGroup> find(String account, String groupId);

    /** Throws ALREADY_EXISTS for a duplicate name within the network. New groups allow all egress. */
    SecurityGroup create(String account, String networkId, String name, String description);

    /** Throws IN_USE while machines or other groups' rules refer to it; INVALID_ARGUMENT for a default group. */
    void delete(String account, String groupId);

    /** Adds rules; throws ALREADY_EXISTS when one duplicates an existing rule. Returns the rules with their ids. */
    List<FirewallRule> authorize(String account, String groupId, boolean ingress, List<FirewallRule> rules);

    /** Removes rules matched by id or by traffic; throws NOT_FOUND when one matches nothing. */
    void revoke(String account, String groupId, boolean ingress, List<FirewallRule> rules);

    /**
     * Changes the rule of that id in place (traffic, peer and description), keeping its id. Throws NOT_FOUND
     * when the group has no rule of that id in that direction, ALREADY_EXISTS when the new traffic duplicates
     * another rule of the group. Returns the rule as stored.
     */
    FirewallRule update(String account, String groupId, boolean ingress, FirewallRule rule);
}
