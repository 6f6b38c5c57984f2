package io.cloudgate.store.embedded;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded engine: H2's MVStore in one file, committed after every write (or once per batch) so that a crash
 * loses nothing acknowledged.
 */
public final class MvStoreDocumentStore implements DocumentStore {
    private final MVStore store;
    private final Commits commits;
    private final Clock clock;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    private MvStoreDocumentStore(MVStore store, Clock clock) {
        this.store = store;
        this.commits = new Commits(store);
        this.clock = clock;
    }

    public static MvStoreDocumentStore open(Path file, Clock clock) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        return new MvStoreDocumentStore(store, clock);
    }

    public static MvStoreDocumentStore inMemory(Clock clock) {
        return new MvStoreDocumentStore(new MVStore.Builder().autoCommitDisabled().open(), clock);
    }

    @Override
    public Table table(String name) {
        return tables.computeIfAbsent(name, n -> new MvStoreTable(commits, store.openMap(n), clock));
    }

    @Override
    public void batch(Runnable writes) {
        commits.batch(writes);
    }

    @Override
    public void close() {
        store.close();
    }
}
