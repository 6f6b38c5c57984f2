package io.cloudgate.route53.health;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.time.Duration;
import java.util.Optional;

/**
 * Probe states in the store, shared by every gateway on it, and the leases that make one gateway probe a
 * check per interval: whoever inserts the lease row (which expires after the interval) probes.
 */
final class ProbeStates {
    private static final String LEASE_PARTITION = "probe";

    private final Table states;
    private final Table leases;
    private final String holder;

    ProbeStates(DocumentStore store, String holder) {
        this.states = store.table("route53-health-check-status");
        this.leases = store.table("route53-health-check-leases");
        this.holder = holder;
    }

    Optional<ProbeState> find(String account, String id) {
        return states.get(account, id).map(document -> JsonCodec.read(document.json(), ProbeState.class));
    }

    ProbeState get(String account, String id) {
        return find(account, id).orElse(ProbeState.NEW);
    }

    void put(String account, String id, ProbeState state) {
        states.put(account, id, JsonCodec.write(state));
    }

    /** Whether this gateway won the right to probe the check for the next {@code interval}. */
    boolean lease(String account, String id, Duration interval) {
        return leases.putIfAbsent(LEASE_PARTITION, new CheckKey(account, id).toString(),
                JsonCodec.write(new Lease(holder)), interval);
    }

    void delete(String account, String id) {
        states.delete(account, id);
        leases.delete(LEASE_PARTITION, new CheckKey(account, id).toString());
    }

    private record Lease(String holder) {
    }
}
