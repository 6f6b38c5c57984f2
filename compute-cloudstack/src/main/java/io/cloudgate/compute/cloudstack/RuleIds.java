package io.cloudgate.compute.cloudstack;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Port ids of security group rules. A rule's port id is its CloudStack id, except after an update: CloudStack cannot
 * change a rule, so the adapter revokes it and authorizes the new traffic, which CloudStack gives a new id. An alias
 * from that new CloudStack id to the rule's port id (per tenant, in the store, so every gateway and a restart see it)
 * keeps the id the port reports, so lists, finds and later updates and revokes all use the first one.
 */
final class RuleIds {
    private static final int PAGE = 1000;

    /** One alias: the rule CloudStack now has, and the id the port knows it by. */
    record Alias(String cloudStackId, String portId) {
    }

    private final TypedTable<Alias> aliases;

    RuleIds(DocumentStore store) {
        this.aliases = new TypedTable<>(store.table("cloudstack-rule-ids"), Alias.class);
    }

    /** The tenant's rules that have a port id of their own: port ids by CloudStack id. */
    Map<String, String> portIds(String tenant) {
        Map<String, String> portIds = new HashMap<>();
        String from = null;
        while (true) {
            List<Alias> page = aliases.scan(tenant, from, PAGE);
            page.forEach(alias -> portIds.put(alias.cloudStackId(), alias.portId()));
            if (page.size() < PAGE) {
                return portIds;
            }
            from = page.getLast().cloudStackId() + "\0";
        }
    }

    /** The CloudStack id of the rule the port knows by {@code portId}. */
    static String cloudStackId(Map<String, String> portIds, String portId) {
        return portIds.entrySet().stream().filter(e -> e.getValue().equals(portId)).map(Map.Entry::getKey)
                .findFirst().orElse(portId);
    }

    /** Lets the rule CloudStack now has as {@code cloudStackId} keep the port id it had (unless that is the same). */
    void alias(String tenant, String cloudStackId, String portId) {
        if (!cloudStackId.equals(portId)) {
            aliases.put(tenant, cloudStackId, new Alias(cloudStackId, portId));
        }
    }

    /** After the rule is revoked. */
    void forget(String tenant, String cloudStackId) {
        aliases.delete(tenant, cloudStackId);
    }
}
