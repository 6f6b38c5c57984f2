package io.cloudgate.dns.embedded;

import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A store whose writes to chosen tables fail on demand, as a store that went away would. */
final class FailingDocumentStore implements DocumentStore {
    private final DocumentStore delegate;
    private final Set<String> failingTables = ConcurrentHashMap.newKeySet();

    FailingDocumentStore(DocumentStore delegate) {
        this.delegate = delegate;
    }

    void failWritesTo(String table) {
        failingTables.add(table);
    }

    void heal() {
        failingTables.clear();
    }

    @Override
    public Table table(String name) {
        Table table = delegate.table(name);
        return new Table() {
            @Override
            public Optional<Document> get(String partition, String key) {
                return table.get(partition, key);
            }

            @Override
            public List<Document> scan(String partition, String fromKey, int limit) {
                return table.scan(partition, fromKey, limit);
            }

            @Override
            public long put(String partition, String key, String json) {
                check();
                return table.put(partition, key, json);
            }

            @Override
            public boolean putIfAbsent(String partition, String key, String json, Duration ttl) {
                check();
                return table.putIfAbsent(partition, key, json, ttl);
            }

            @Override
            public boolean replace(String partition, String key, long expectedVersion, String json) {
                check();
                return table.replace(partition, key, expectedVersion, json);
            }

            @Override
            public boolean delete(String partition, String key) {
                check();
                return table.delete(partition, key);
            }

            private void check() {
                if (failingTables.contains(name)) {
                    throw new IllegalStateException("store table " + name + " is unavailable");
                }
            }
        };
    }

    @Override
    public void close() {
        delegate.close();
    }
}
