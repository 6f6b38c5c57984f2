package io.cloudgate.identity.store;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** IAM users of each account. User names are unique per account regardless of case, as in IAM. */
public final class UserRepository {
    /** Every signed request reads these; another gateway\'s changes show within this long. */
    private static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private final TypedTable<UserRecord> users;

    public UserRepository(DocumentStore store) {
        this.users = TypedTable.cached(store.table("users"), UserRecord.class, CACHE_TTL);
    }

    /** Returns false when a user of that name exists. */
    public boolean create(UserRecord user) {
        return users.putIfAbsent(user.accountId(), key(user.userName()), user, null);
    }

    public Optional<UserRecord> find(String accountId, String userName) {
        return users.get(accountId, key(userName));
    }

    public List<UserRecord> list(String accountId) {
        return users.scan(accountId, null, Integer.MAX_VALUE);
    }

    public void update(UserRecord user) {
        users.put(user.accountId(), key(user.userName()), user);
    }

    public boolean delete(String accountId, String userName) {
        return users.delete(accountId, key(userName));
    }

    private static String key(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }
}
