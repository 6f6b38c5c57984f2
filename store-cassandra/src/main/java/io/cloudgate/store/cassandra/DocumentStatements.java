package io.cloudgate.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;

/**
 * The schema of the shared documents table and every statement on it, prepared once per session.
 * <p>
 * All store tables share one CQL table keyed by ((table_name, partition_key), sort_key): a store table is
 * opened at run time by whichever module needs it, and creating CQL tables on the fly would mean schema
 * changes racing between gateways that start together, waits for schema agreement, and a per-table memory
 * cost on every node. Adding a store table here costs nothing. Rows still spread over the cluster by
 * (table, partition), and a partition stays an ordered clustering range, which is all {@code Table} needs.
 * <p>
 * Every write is a lightweight transaction (Paxos): versions must increase by one per write and conditional
 * writes must be linearizable, and Cassandra does not order plain writes against LWTs on the same row.
 * {@code expires_at} is the expiry by the store's clock, which decides liveness; {@code USING TTL} only lets
 * Cassandra reclaim the row a little after that.
 */
final class DocumentStatements {
    static final String TABLE = "documents";

    final PreparedStatement get;
    final PreparedStatement scanFromStart;
    final PreparedStatement scanFromKey;
    final PreparedStatement insertIfAbsent;
    final PreparedStatement updateIfCurrent;
    final PreparedStatement deleteIfCurrent;

    private DocumentStatements(CqlSession session, String keyspace) {
        String table = keyspace + "." + TABLE;
        String where = " WHERE table_name = ? AND partition_key = ? AND sort_key = ?";
        String current = " IF version = ? AND expires_at = ?";
        get = session.prepare("SELECT document, version, expires_at FROM " + table + where);
        scanFromStart = session.prepare("SELECT sort_key, document, version, expires_at FROM " + table
                + " WHERE table_name = ? AND partition_key = ?");
        scanFromKey = session.prepare("SELECT sort_key, document, version, expires_at FROM " + table
                + " WHERE table_name = ? AND partition_key = ? AND sort_key >= ?");
        insertIfAbsent = session.prepare("INSERT INTO " + table
                + " (table_name, partition_key, sort_key, document, version, expires_at) VALUES (?, ?, ?, ?, ?, ?)"
                + " IF NOT EXISTS USING TTL ?");
        updateIfCurrent = session.prepare("UPDATE " + table + " USING TTL ? SET document = ?, version = ?, expires_at = ?"
                + where + current);
        deleteIfCurrent = session.prepare("DELETE FROM " + table + where + current);
    }

    static String createTable() {
        return "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                + "table_name text, partition_key text, sort_key text, document text, version bigint, expires_at timestamp,"
                + " PRIMARY KEY ((table_name, partition_key), sort_key))"
                + " WITH CLUSTERING ORDER BY (sort_key ASC)";
    }

    static DocumentStatements prepare(CqlSession session, String keyspace) {
        return new DocumentStatements(session, keyspace);
    }
}
