package io.cloudgate.store.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.StoreUnavailableException;
import io.cloudgate.store.Table;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distributed engine: every table in one keyspace of a Cassandra cluster, shared by all gateways that
 * point at it. Reads and writes use LOCAL_QUORUM; conditional writes are lightweight transactions at SERIAL,
 * so idempotency tokens and leases hold across data centers. A cluster that cannot be reached gives
 * {@link StoreUnavailableException} within the configured timeouts, never a hang.
 */
public final class CassandraDocumentStore implements DocumentStore {
    private final CqlSession session;
    private final String keyspace;
    private final DocumentStatements statements;
    private final Clock clock;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    private CassandraDocumentStore(CqlSession session, String keyspace, Clock clock) {
        this.session = session;
        this.keyspace = keyspace;
        this.statements = DocumentStatements.prepare(session, keyspace);
        this.clock = clock;
    }

    /** Connects, creating the keyspace (with the settings' replication) and the documents table if missing. */
    public static CassandraDocumentStore connect(CassandraSettings settings, Clock clock) {
        CqlSession session = openSession(settings);
        try {
            if (!hasDocumentsTable(session, settings.keyspace())) {
                createSchema(session, settings);
            }
            return new CassandraDocumentStore(session, settings.keyspace(), clock);
        } catch (DriverException e) {
            session.close();
            throw DriverErrors.translate(e);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Schema changes take a second or more and wait for agreement, so a gateway restart skips them. */
    private static boolean hasDocumentsTable(CqlSession session, String keyspace) {
        return session.getMetadata().getKeyspace(keyspace)
                .flatMap(metadata -> metadata.getTable(DocumentStatements.TABLE))
                .isPresent();
    }

    private static void createSchema(CqlSession session, CassandraSettings settings) {
        Duration timeout = settings.connectTimeout().plus(settings.requestTimeout());
        session.execute(SimpleStatement.newInstance("CREATE KEYSPACE IF NOT EXISTS " + settings.keyspace()
                + " WITH replication = " + settings.replication()).setTimeout(timeout));
        session.execute(SimpleStatement.newInstance(DocumentStatements.createTable())
                .setKeyspace(CqlIdentifier.fromInternal(settings.keyspace())).setTimeout(timeout));
    }

    private static CqlSession openSession(CassandraSettings settings) {
        DriverConfigLoader config = DriverConfigLoader.programmaticBuilder()
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_QUORUM")
                .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, "SERIAL")
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, settings.requestTimeout())
                .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, settings.connectTimeout())
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, settings.connectTimeout())
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, settings.connectTimeout())
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, settings.connectTimeout())
                // A node that comes back is used again within seconds, not after the default minute.
                .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(250))
                .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(2))
                // close() returns at once instead of after Netty's two-second quiet period.
                .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
                .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
                .build();
        try {
            return CqlSession.builder()
                    .addContactPoints(resolve(settings.contactPoints()))
                    .withLocalDatacenter(settings.localDatacenter())
                    .withConfigLoader(config)
                    .build();
        } catch (DriverException e) {
            throw DriverErrors.translate(e);
        }
    }

    private static List<InetSocketAddress> resolve(List<InetSocketAddress> points) {
        return points.stream().map(point -> new InetSocketAddress(point.getHostString(), point.getPort())).toList();
    }

    @Override
    public Table table(String name) {
        return tables.computeIfAbsent(name, n -> new CassandraTable(session, statements, n, clock));
    }

    /** The session, for adapters that keep their own tables (time series) in the same keyspace. */
    public CqlSession session() {
        return session;
    }

    /** The keyspace of this store's tables; statements name it explicitly rather than relying on USE. */
    public String keyspace() {
        return keyspace;
    }

    @Override
    public void close() {
        session.close();
    }
}
