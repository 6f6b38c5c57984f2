package io.cloudgate.compute.cloudstack;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.Optional;

/**
 * Which CloudStack account and domain each tenant account maps to, kept in the DocumentStore so every gateway
 * shares it. An operator links a tenant once (admin API / CLI calling {@link #link}); an unlinked tenant has no
 * cloud and every compute call fails as unavailable rather than touching anyone's resources.
 */
public final class AccountLinks {
    private final TypedTable<AccountLink> links;

    public AccountLinks(DocumentStore store) {
        this.links = TypedTable.cached(store.table("cloudstack-account-links"), AccountLink.class,
                Duration.ofSeconds(30));
    }

    public void link(AccountLink link) {
        links.put(link.tenant(), "link", link);
    }

    public boolean unlink(String tenant) {
        return links.delete(tenant, "link");
    }

    public Optional<AccountLink> find(String tenant) {
        return links.get(tenant, "link");
    }

    public AccountLink require(String tenant) {
        return find(tenant).orElseThrow(() -> new ComputeException(ComputeException.Kind.UNAVAILABLE,
                "No cloud account is linked to this account"));
    }
}
