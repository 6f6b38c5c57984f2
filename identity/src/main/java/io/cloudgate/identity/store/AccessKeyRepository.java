package io.cloudgate.identity.store;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import io.cloudgate.store.TypedTable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Access keys by id, plus an index of each principal's long-term keys. Temporary keys carry a TTL so
 * the store forgets them once they expire.
 */
public final class AccessKeyRepository {
    /** Every signed request reads these; another gateway\'s changes show within this long. */
    private static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final String ROW = "key";

    private final TypedTable<AccessKeyRecord> keys;
    private final Table ownerIndex;
    private final Clock clock;

    public AccessKeyRepository(DocumentStore store, Clock clock) {
        this.keys = TypedTable.cached(store.table("access-keys"), AccessKeyRecord.class, CACHE_TTL);
        this.ownerIndex = store.table("access-keys-by-owner");
        this.clock = clock;
    }

    public void create(AccessKeyRecord key) {
        Duration ttl = key.expiresAt() == null ? null : Duration.between(clock.instant(), key.expiresAt());
        if (!keys.putIfAbsent(key.accessKeyId(), ROW, key, ttl)) {
            throw new IllegalStateException("Access key id collision: " + key.accessKeyId());
        }
        if (key.expiresAt() == null) {
            ownerIndex.put(owner(key.accountId(), key.userName()), key.accessKeyId(), "{}");
        }
    }

    /** The key if it exists and, for a temporary key, has not expired. */
    public Optional<AccessKeyRecord> find(String accessKeyId) {
        return keys.get(accessKeyId, ROW)
                .filter(key -> key.expiresAt() == null || key.expiresAt().isAfter(clock.instant()));
    }

    /** Long-term keys of a user (or of the account root when userName is null), oldest id order. */
    public List<AccessKeyRecord> listFor(String accountId, String userName) {
        return ownerIndex.scan(owner(accountId, userName), null, Integer.MAX_VALUE).stream()
                .map(entry -> find(entry.key()))
                .flatMap(Optional::stream)
                .toList();
    }

    public void update(AccessKeyRecord key) {
        keys.put(key.accessKeyId(), ROW, key);
    }

    public void delete(AccessKeyRecord key) {
        keys.delete(key.accessKeyId(), ROW);
        ownerIndex.delete(owner(key.accountId(), key.userName()), key.accessKeyId());
    }

    private static String owner(String accountId, String userName) {
        return userName == null ? accountId + "/" : accountId + "/user/" + userName.toLowerCase(java.util.Locale.ROOT);
    }
}
