package io.cloudgate.identity.store;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Accounts, and which one is the administrator account. */
public final class AccountRepository {
    /** Every signed request reads these; another gateway\'s changes show within this long. */
    private static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final String ALL = "all";
    private static final String SETTINGS = "gateway";
    private static final String ADMIN_ACCOUNT = "admin-account";

    private final TypedTable<AccountRecord> accounts;
    private final TypedTable<AccountRecord> settings;
    private final Clock clock;

    public AccountRepository(DocumentStore store, Clock clock) {
        this.accounts = TypedTable.cached(store.table("accounts"), AccountRecord.class, CACHE_TTL);
        this.settings = new TypedTable<>(store.table("settings"), AccountRecord.class);
        this.clock = clock;
    }

    public AccountRecord create(String name) {
        while (true) {
            AccountRecord account = new AccountRecord(Ids.accountId(), name, clock.instant());
            if (accounts.putIfAbsent(ALL, account.accountId(), account, null)) {
                return account;
            }
        }
    }

    public Optional<AccountRecord> find(String accountId) {
        return accounts.get(ALL, accountId);
    }

    public List<AccountRecord> list() {
        return accounts.scan(ALL, null, Integer.MAX_VALUE);
    }

    public Optional<AccountRecord> adminAccount() {
        return settings.get(SETTINGS, ADMIN_ACCOUNT);
    }

    /** Records the administrator account once; returns false when one was already recorded. */
    public boolean markAdmin(AccountRecord account) {
        return settings.putIfAbsent(SETTINGS, ADMIN_ACCOUNT, account, null);
    }
}
