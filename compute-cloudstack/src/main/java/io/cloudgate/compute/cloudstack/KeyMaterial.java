package io.cloudgate.compute.cloudstack;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Instant;
import java.util.Optional;

/**
 * The public keys of key pairs registered through the gateway. CloudStack lists a key pair's fingerprint only,
 * while EC2 clients (and the port) expect the key back, so the adapter keeps it per tenant and name.
 */
final class KeyMaterial {
    /** The key and when it was registered (CloudStack lists neither). */
    record PublicKey(String key, Instant registeredAt) {
    }

    private final TypedTable<PublicKey> table;

    KeyMaterial(DocumentStore store) {
        this.table = new TypedTable<>(store.table("cloudstack-public-keys"), PublicKey.class);
    }

    void remember(String tenant, String name, String publicKey, Instant now) {
        table.put(tenant, name, new PublicKey(publicKey, now));
    }

    void forget(String tenant, String name) {
        table.delete(tenant, name);
    }

    Optional<PublicKey> of(String tenant, String name) {
        return table.get(tenant, name);
    }
}
