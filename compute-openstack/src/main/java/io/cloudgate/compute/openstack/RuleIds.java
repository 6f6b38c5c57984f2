package io.cloudgate.compute.openstack;

import io.cloudgate.store.TypedTable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids and order of the security group rules the gateway created. Neutron cannot change a rule in place: an
 * update replaces it, and the replacement keeps the id and position the caller knows, kept here by Neutron rule id.
 */
final class RuleIds {
    /** The Neutron rule, the id the caller knows it by and its position among its group's rules. */
    record Entry(String neutronId, String id, Instant order) {
    }

    private final TypedTable<Entry> entries;
    private final Clock clock;
    private Instant last = Instant.EPOCH;

    RuleIds(TypedTable<Entry> entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The account's entries by Neutron rule id. */
    Map<String, Entry> of(String account) {
        Map<String, Entry> byNeutronId = new HashMap<>();
        for (Entry entry : entries.scan(account, null, 100_000)) {
            byNeutronId.put(entry.neutronId(), entry);
        }
        return byNeutronId;
    }

    /** Records a new rule under its own id, after every rule recorded before it. */
    void added(String account, String neutronId) {
        entries.put(account, neutronId, new Entry(neutronId, neutronId, next()));
    }

    /** Records that the Neutron rule replaces the rule the caller knows by that entry. */
    void replaced(String account, String neutronId, Entry entry) {
        entries.put(account, neutronId, new Entry(neutronId, entry.id(), entry.order()));
    }

    void removed(String account, String neutronId) {
        entries.delete(account, neutronId);
    }

    private synchronized Instant next() {
        Instant now = clock.instant();
        last = now.isAfter(last) ? now : last.plusNanos(1);
        return last;
    }
}
