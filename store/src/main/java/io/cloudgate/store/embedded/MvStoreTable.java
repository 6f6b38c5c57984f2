package io.cloudgate.store.embedded;

import io.cloudgate.store.Document;
import io.cloudgate.store.Table;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * One table in an MVStore map. Map keys are partition + NUL + key, so a partition is a contiguous,
 * ordered key range. Values are "version|expiresAtMillis|json" (expiresAt 0 = never).
 * Writes are serialized per table so that conditional writes are atomic; each is committed (see {@link Commits}).
 */
final class MvStoreTable implements Table {
    private static final char SEPARATOR = '\u0000';

    private final Commits commits;
    private final MVMap<String, String> map;
    private final Clock clock;

    MvStoreTable(Commits commits, MVMap<String, String> map, Clock clock) {
        this.commits = commits;
        this.map = map;
        this.clock = clock;
    }

    @Override
    public Optional<Document> get(String partition, String key) {
        return Optional.ofNullable(live(partition, key, map.get(compositeKey(partition, key))));
    }

    @Override
    public List<Document> scan(String partition, String fromKey, int limit) {
        String prefix = partition + SEPARATOR;
        String start = fromKey == null ? prefix : compositeKey(partition, fromKey);
        List<Document> result = new ArrayList<>();
        Cursor<String, String> cursor = map.cursor(start);
        while (cursor.hasNext() && result.size() < limit) {
            String compositeKey = cursor.next();
            if (!compositeKey.startsWith(prefix)) {
                break;
            }
            Document document = live(partition, compositeKey.substring(prefix.length()), cursor.getValue());
            if (document != null) {
                result.add(document);
            }
        }
        return result;
    }

    @Override
    public synchronized long put(String partition, String key, String json) {
        Document current = get(partition, key).orElse(null);
        long version = current == null ? 1 : current.version() + 1;
        write(partition, key, version, 0, json);
        return version;
    }

    @Override
    public synchronized boolean putIfAbsent(String partition, String key, String json, Duration ttl) {
        if (get(partition, key).isPresent()) {
            return false;
        }
        long expiresAt = ttl == null ? 0 : clock.millis() + ttl.toMillis();
        write(partition, key, 1, expiresAt, json);
        return true;
    }

    @Override
    public synchronized boolean replace(String partition, String key, long expectedVersion, String json) {
        String stored = map.get(compositeKey(partition, key));
        Document current = live(partition, key, stored);
        if (current == null || current.version() != expectedVersion) {
            return false;
        }
        write(partition, key, expectedVersion + 1, expiresAt(stored), json);
        return true;
    }

    @Override
    public synchronized boolean delete(String partition, String key) {
        boolean existed = get(partition, key).isPresent();
        if (map.remove(compositeKey(partition, key)) != null) {
            commits.afterWrite();
        }
        return existed;
    }

    private void write(String partition, String key, long version, long expiresAt, String json) {
        map.put(compositeKey(partition, key), version + "|" + expiresAt + "|" + json);
        commits.afterWrite();
    }

    private Document live(String partition, String key, String stored) {
        if (stored == null) {
            return null;
        }
        int first = stored.indexOf('|');
        int second = stored.indexOf('|', first + 1);
        long expiresAt = Long.parseLong(stored, first + 1, second, 10);
        if (expiresAt != 0 && expiresAt <= clock.millis()) {
            return null;
        }
        return new Document(partition, key, stored.substring(second + 1), Long.parseLong(stored, 0, first, 10));
    }

    private static long expiresAt(String stored) {
        int first = stored.indexOf('|');
        int second = stored.indexOf('|', first + 1);
        return Long.parseLong(stored, first + 1, second, 10);
    }

    private static String compositeKey(String partition, String key) {
        if (partition.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("partition contains NUL: " + partition);
        }
        return partition + SEPARATOR + key;
    }
}
