package io.cloudgate.cloudwatch.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups inserts into unlogged batches of rows that have the same replicas: the rows of one partition, and
 * partitions whose replica set is the same. Such a batch is one request, routed to one of those replicas,
 * which applies every partition of it locally and sends it on to the same other replicas: the work per row
 * is Cassandra's, the work per request (decoding, dispatch, waiting for the commit log) is shared. Rows of
 * different replica sets are never batched together (that would only move the fan-out to the coordinator).
 * A batch spans at most {@link #MAX_PARTITIONS} partitions and {@link #MAX_BATCH_BYTES}, so that it stays under
 * Cassandra's default warning thresholds for unlogged batches (10 partitions, 5 KiB of cells) and the logs stay
 * quiet.
 */
final class ReplicaBatches {
    static final int MAX_PARTITIONS = 10;
    /**
     * Bytes of bound values (as the driver sends them) in one batch: Cassandra counts its cells, which take up
     * to about 3.3 times as much (a list element is 12 bytes on the wire and a 40-byte cell), so 1.5 KiB here
     * is under its 5 KiB.
     */
    static final int MAX_BATCH_BYTES = 1536;

    /** One row to insert and the partition it belongs to. */
    record Insert(String partition, BoundStatement statement) {
    }

    private ReplicaBatches() {
    }

    /** The statements that write these rows: single inserts, or unlogged batches. */
    static List<Statement<?>> of(List<Insert> inserts, CqlSession session) {
        Map<String, List<BoundStatement>> byPartition = new LinkedHashMap<>();
        for (Insert insert : inserts) {
            byPartition.computeIfAbsent(insert.partition(), partition -> new ArrayList<>()).add(insert.statement());
        }
        Optional<TokenMap> tokens = session.getMetadata().getTokenMap();
        Map<Object, List<List<BoundStatement>>> byReplicas = new LinkedHashMap<>();
        byPartition.forEach((partition, rows) -> byReplicas
                .computeIfAbsent(replicas(tokens, partition, rows.getFirst()), key -> new ArrayList<>()).add(rows));
        List<Statement<?>> statements = new ArrayList<>();
        for (List<List<BoundStatement>> partitions : byReplicas.values()) {
            batch(partitions, session.getContext(), statements);
        }
        return statements;
    }

    /** The nodes holding a partition, or the partition itself when the driver does not know the token ring. */
    private static Object replicas(Optional<TokenMap> tokens, String partition, BoundStatement row) {
        if (tokens.isEmpty() || row.getRoutingKeyspace() == null || row.getRoutingKey() == null) {
            return partition;
        }
        Set<Node> replicas = tokens.get().getReplicas(row.getRoutingKeyspace(), row.getRoutingKey());
        return replicas.isEmpty() ? partition : replicas;
    }

    private static void batch(List<List<BoundStatement>> partitions, DriverContext context, List<Statement<?>> out) {
        List<BoundStatement> batch = new ArrayList<>();
        int bytes = 0;
        int partitionCount = 0;
        for (List<BoundStatement> rows : partitions) {
            if (partitionCount == MAX_PARTITIONS) {
                out.add(statement(batch));
                batch = new ArrayList<>();
                bytes = 0;
                partitionCount = 0;
            }
            partitionCount++;
            for (BoundStatement row : rows) {
                int size = row.computeSizeInBytes(context);
                if (!batch.isEmpty() && bytes + size > MAX_BATCH_BYTES) {
                    out.add(statement(batch));
                    batch = new ArrayList<>();
                    bytes = 0;
                    partitionCount = 1;
                }
                batch.add(row);
                bytes += size;
            }
        }
        if (!batch.isEmpty()) {
            out.add(statement(batch));
        }
    }

    private static Statement<?> statement(List<BoundStatement> rows) {
        if (rows.size() == 1) {
            return rows.getFirst();
        }
        // Every row has a key of its own (a sample row its write id), so sending a batch again writes the same rows.
        return BatchStatement.newInstance(DefaultBatchType.UNLOGGED, rows.toArray(BoundStatement[]::new))
                .setIdempotent(true);
    }
}
