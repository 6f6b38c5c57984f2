package io.cloudgate.compute.cloudstack;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which CloudStack account and domain each tenant account maps to, kept in the DocumentStore so every gateway
 * shares it. An operator links a tenant once (the admin API calls {@link #link}); an unlinked tenant has no
 * cloud and every compute call fails as unavailable rather than touching anyone's resources. A CloudStack
 * account belongs to one tenant at most: a second tenant linking it would see the first one's machines.
 */
public final class AccountLinks {
    private static final String LINK = "link";
    private static final String OWNER = "owner";
    /** The one partition listing every linked tenant (for the usage sampler; tenants are few enough). */
    private static final String DIRECTORY = "tenants";
    private static final int PAGE = 500;

    private final TypedTable<AccountLink> links;
    /** CloudStack account (domain/account) to the link that claims it, written only when free. */
    private final TypedTable<AccountLink> owners;
    /** Every linked tenant, keyed by tenant. */
    private final TypedTable<AccountLink> directory;
    /** Tenants this gateway has seen listed in the directory (see {@link #require}). */
    private final Set<String> listed = ConcurrentHashMap.newKeySet();

    public AccountLinks(DocumentStore store) {
        this.links = TypedTable.cached(store.table("cloudstack-account-links"), AccountLink.class,
                Duration.ofSeconds(30));
        this.owners = new TypedTable<>(store.table("cloudstack-account-owners"), AccountLink.class);
        this.directory = new TypedTable<>(store.table("cloudstack-linked-tenants"), AccountLink.class);
    }

    /**
     * Links the tenant (replacing its previous link).
     *
     * @throws AccountLinkConflictException when another tenant is linked to the same CloudStack account
     */
    public void link(AccountLink link) {
        String claim = claimKey(link);
        if (!owners.putIfAbsent(claim, OWNER, link, null)) {
            AccountLink owner = owners.get(claim, OWNER).orElse(link);
            if (!owner.tenant().equals(link.tenant())) {
                throw new AccountLinkConflictException(owner.tenant());
            }
            owners.put(claim, OWNER, link);
        }
        find(link.tenant()).filter(old -> !claimKey(old).equals(claim))
                .ifPresent(old -> owners.delete(claimKey(old), OWNER));
        links.put(link.tenant(), LINK, link);
        directory.put(DIRECTORY, link.tenant(), link);
        listed.add(link.tenant());
    }

    public boolean unlink(String tenant) {
        find(tenant).ifPresent(old -> owners.delete(claimKey(old), OWNER));
        directory.delete(DIRECTORY, tenant);
        listed.remove(tenant);
        return links.delete(tenant, LINK);
    }

    /** Every linked tenant, in tenant order. */
    public List<String> tenants() {
        List<String> tenants = new ArrayList<>();
        String from = null;
        while (true) {
            List<AccountLink> page = directory.scan(DIRECTORY, from, PAGE);
            page.forEach(link -> tenants.add(link.tenant()));
            if (page.size() < PAGE) {
                return tenants;
            }
            from = page.get(page.size() - 1).tenant() + "\0";
        }
    }

    public Optional<AccountLink> find(String tenant) {
        return links.get(tenant, LINK);
    }

    /** The tenant linked to a CloudStack account, if any (to name the owner of another account's template). */
    public Optional<String> tenantOf(String domainId, String csAccount) {
        return owners.get(domainId + "/" + csAccount, OWNER).map(AccountLink::tenant);
    }

    public AccountLink require(String tenant) {
        AccountLink link = find(tenant).orElseThrow(() -> new ComputeException(ComputeException.Kind.UNAVAILABLE,
                "No cloud account is linked to this account"));
        if (listed.add(tenant)) {
            // Links made before the directory existed join it the first time they are used.
            directory.putIfAbsent(DIRECTORY, tenant, link, null);
        }
        return link;
    }

    private static String claimKey(AccountLink link) {
        return link.domainId() + "/" + link.csAccount();
    }
}
