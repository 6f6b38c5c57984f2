package io.cloudgate.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.cloudgate.store.Document;
import io.cloudgate.store.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One store table: its rows in the shared documents table (see {@link DocumentStatements}). Each write is a
 * compare-and-set on (version, expires_at) as last seen; a refused one returns the row's current state, which
 * the next attempt compares against, so contended writes cost no extra reads.
 */
final class CassandraTable implements Table {
    /** Cassandra's largest TTL (20 years); longer lives are kept by expires_at alone. */
    private static final long MAX_TTL_SECONDS = 630_720_000L;
    private static final int MAX_ATTEMPTS = 64;

    private final CqlSession session;
    private final DocumentStatements statements;
    private final String name;
    private final Clock clock;

    CassandraTable(CqlSession session, DocumentStatements statements, String name, Clock clock) {
        this.session = session;
        this.statements = statements;
        this.name = name;
        this.clock = clock;
    }

    private record Outcome(boolean applied, StoredVersion seen) {
    }

    @Override
    public Optional<Document> get(String partition, String key) {
        Row row = execute(statements.get.bind(name, partition, key).setIdempotent(true)).one();
        StoredVersion stored = StoredVersion.from(row);
        if (stored == null || !stored.isLiveAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Document(partition, key, row.getString("document"), stored.version()));
    }

    @Override
    public List<Document> scan(String partition, String fromKey, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        BoundStatement statement = fromKey == null
                ? statements.scanFromStart.bind(name, partition)
                : statements.scanFromKey.bind(name, partition, fromKey);
        Instant now = clock.instant();
        return guarded(() -> {
            List<Document> documents = new ArrayList<>();
            // Rows expired by the store's clock are skipped, so pages are fetched until the limit is reached.
            for (Row row : session.execute(statement.setPageSize(Math.min(limit + 16, 5000)).setIdempotent(true))) {
                StoredVersion stored = StoredVersion.from(row);
                if (stored != null && stored.isLiveAt(now)) {
                    documents.add(new Document(partition, row.getString("sort_key"), row.getString("document"),
                            stored.version()));
                    if (documents.size() == limit) {
                        break;
                    }
                }
            }
            return documents;
        });
    }

    @Override
    public long put(String partition, String key, String json) {
        Instant now = clock.instant();
        StoredVersion current = read(partition, key);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long version = current != null && current.isLiveAt(now) ? current.version() + 1 : 1;
            Outcome outcome = write(partition, key, current, json, version, null, now);
            if (outcome.applied()) {
                return version;
            }
            current = outcome.seen();
        }
        throw contended(partition, key);
    }

    @Override
    public boolean putIfAbsent(String partition, String key, String json, Duration ttl) {
        Instant now = clock.instant();
        Instant expiresAt = ttl == null ? null : now.plus(ttl);
        // Tokens and leases are usually absent: try the insert first instead of reading.
        StoredVersion current = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (current != null && current.isLiveAt(now)) {
                return false;
            }
            Outcome outcome = write(partition, key, current, json, 1, expiresAt, now);
            if (outcome.applied()) {
                return true;
            }
            current = outcome.seen();
        }
        throw contended(partition, key);
    }

    @Override
    public boolean replace(String partition, String key, long expectedVersion, String json) {
        Instant now = clock.instant();
        StoredVersion current = read(partition, key);
        if (current == null || !current.isLiveAt(now) || current.version() != expectedVersion) {
            return false;
        }
        return write(partition, key, current, json, expectedVersion + 1, current.expiresAt(), now).applied();
    }

    @Override
    public boolean delete(String partition, String key) {
        Instant now = clock.instant();
        StoredVersion current = read(partition, key);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (current == null) {
                return false;
            }
            ResultSet result = execute(statements.deleteIfCurrent.bind(
                    name, partition, key, current.version(), current.expiresAt()));
            if (result.wasApplied()) {
                return current.isLiveAt(now);
            }
            current = StoredVersion.from(result.one());
        }
        throw contended(partition, key);
    }

    private StoredVersion read(String partition, String key) {
        return StoredVersion.from(execute(statements.get.bind(name, partition, key).setIdempotent(true)).one());
    }

    /** Inserts if {@code expected} is null (no row), else overwrites if the row is still at {@code expected}. */
    private Outcome write(String partition, String key, StoredVersion expected, String json, long version,
            Instant expiresAt, Instant now) {
        int ttl = ttlSeconds(expiresAt, now);
        BoundStatement statement = expected == null
                ? statements.insertIfAbsent.bind(name, partition, key, json, version, expiresAt, ttl)
                : statements.updateIfCurrent.bind(ttl, json, version, expiresAt, name, partition, key,
                        expected.version(), expected.expiresAt());
        ResultSet result = execute(statement);
        return result.wasApplied() ? new Outcome(true, null) : new Outcome(false, StoredVersion.from(result.one()));
    }

    /** Rounded up, plus a second, so that Cassandra never drops a row the store's clock still sees alive. */
    private static int ttlSeconds(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return 0;
        }
        long seconds = Math.max(0, Duration.between(now, expiresAt).toMillis() + 999) / 1000 + 1;
        return seconds > MAX_TTL_SECONDS ? 0 : (int) seconds;
    }

    private ResultSet execute(BoundStatement statement) {
        return guarded(() -> session.execute(statement));
    }

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (DriverException e) {
            throw DriverErrors.translate(e);
        }
    }

    private IllegalStateException contended(String partition, String key) {
        return new IllegalStateException("gave up writing " + name + "/" + partition + "/" + key
                + " after " + MAX_ATTEMPTS + " attempts lost to concurrent writers");
    }
}
