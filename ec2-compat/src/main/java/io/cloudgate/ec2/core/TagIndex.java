package io.cloudgate.ec2.core;

import io.cloudgate.ec2.core.TagStore.ResourceTags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * An in-memory copy of each account's tags, so that listings filter thousands of resources by tag without
 * decoding a stored document per resource. Writes go to the store first, compare-and-set so that concurrent
 * changes of one resource's tags (from this gateway or another sharing the store) are merged rather than lost,
 * and then to the copy, under the account's monitor, so this gateway always reads its own writes. Writes made by
 * another gateway are seen when the copy is reloaded, at most {@link #REFRESH} after it was loaded. A resource
 * whose tags were all removed keeps an empty entry in the store; listings leave it out.
 */
final class TagIndex {
    static final Duration REFRESH = Duration.ofSeconds(5);

    private final VersionedTable<ResourceTags> table;
    private final Clock clock;
    private final Map<String, AccountTags> accounts = new ConcurrentHashMap<>();

    TagIndex(VersionedTable<ResourceTags> table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** The account's tagged resources by id, in id order; a live view, read-only. */
    NavigableMap<String, ResourceTags> of(String account) {
        return accountTags(account).current();
    }

    /** Changes one resource's entry (null when it has none) compare-and-set; returns the entry written. */
    ResourceTags update(String account, String resourceId, UnaryOperator<ResourceTags> change) {
        return accountTags(account).update(resourceId, change);
    }

    void delete(String account, String resourceId) {
        accountTags(account).delete(resourceId);
    }

    private AccountTags accountTags(String account) {
        return accounts.computeIfAbsent(account, AccountTags::new);
    }

    /** One account's copy; loading and writing are serialized on it so that no write is lost by a reload. */
    private final class AccountTags {
        private final String account;
        private volatile Loaded loaded;

        /** The copy and when it was read from the store. */
        private record Loaded(ConcurrentSkipListMap<String, ResourceTags> entries, Instant at) {
        }

        AccountTags(String account) {
            this.account = account;
        }

        NavigableMap<String, ResourceTags> current() {
            Loaded current = loaded;
            if (isStale(current)) {
                current = reload();
            }
            return Collections.unmodifiableNavigableMap(current.entries());
        }

        synchronized ResourceTags update(String resourceId, UnaryOperator<ResourceTags> change) {
            ResourceTags written = table.update(account, resourceId, change);
            if (loaded != null) {
                if (written.tags().isEmpty()) {
                    loaded.entries().remove(resourceId);
                } else {
                    loaded.entries().put(resourceId, ResourceTags.readOnly(written));
                }
            }
            return written;
        }

        synchronized void delete(String resourceId) {
            table.delete(account, resourceId);
            if (loaded != null) {
                loaded.entries().remove(resourceId);
            }
        }

        private synchronized Loaded reload() {
            if (!isStale(loaded)) {
                return loaded;
            }
            Instant now = clock.instant();
            ConcurrentSkipListMap<String, ResourceTags> entries = new ConcurrentSkipListMap<>();
            for (ResourceTags stored : table.scan(account)) {
                if (!stored.tags().isEmpty()) {
                    entries.put(stored.resourceId(), ResourceTags.readOnly(stored));
                }
            }
            loaded = new Loaded(entries, now);
            return loaded;
        }

        /** Not loaded yet, older than the refresh period, or loaded "later" than now (a clock set back). */
        private boolean isStale(Loaded copy) {
            if (copy == null) {
                return true;
            }
            Instant now = clock.instant();
            return now.isBefore(copy.at()) || !now.isBefore(copy.at().plus(REFRESH));
        }
    }
}
