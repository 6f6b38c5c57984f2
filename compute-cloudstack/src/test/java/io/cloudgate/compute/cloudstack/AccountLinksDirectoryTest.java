package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory of linked tenants the usage sampler goes through. */
class AccountLinksDirectoryTest {
    private final DocumentStore store = MvStoreDocumentStore.inMemory(Clock.systemUTC());
    private final AccountLinks links = new AccountLinks(store);

    @Test
    void everyLinkedTenantIsListedUntilUnlinked() {
        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            String tenant = String.format("tenant-%04d", i);
            links.link(new AccountLink(tenant, "cs-" + i, "dom", false));
            tenants.add(tenant);
        }
        assertThat(links.tenants()).containsExactlyElementsOf(tenants);

        links.unlink("tenant-0500");
        assertThat(links.tenants()).hasSize(1_000).doesNotContain("tenant-0500");
    }

    @Test
    void aLinkMadeBeforeTheDirectoryJoinsItWhenFirstUsed() {
        store.table("cloudstack-account-links").put("old-tenant", "link",
                "{\"tenant\":\"old-tenant\",\"csAccount\":\"acme\",\"domainId\":\"dom\",\"ownKeys\":false}");
        assertThat(links.tenants()).isEmpty();

        links.require("old-tenant");

        assertThat(new AccountLinks(store).tenants()).containsExactly("old-tenant");
    }
}
