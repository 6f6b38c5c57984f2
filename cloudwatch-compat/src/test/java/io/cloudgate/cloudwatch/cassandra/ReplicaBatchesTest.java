package io.cloudgate.cloudwatch.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.cloudgate.store.MutableClock;
import io.cloudgate.store.cassandra.CassandraDocumentStore;
import io.cloudgate.store.cassandra.CassandraNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How sample rows are batched, checked against a real node: its warnings say when a batch is too large. */
class ReplicaBatchesTest {
    private CassandraDocumentStore documents;
    private CqlSession session;
    private MetricSchema schema;

    @BeforeEach
    void connect() {
        documents = CassandraDocumentStore.connect(CassandraNode.shared().settings("batches"), new MutableClock());
        session = documents.session();
        schema = MetricSchema.create(session, "batches", Duration.ofSeconds(30));
        session.execute("TRUNCATE batches.metric_samples");
    }

    @AfterEach
    void close() {
        documents.close();
    }

    @Test
    void batchesEveryRowOnceWithinCassandrasThresholds() {
        List<ReplicaBatches.Insert> inserts = new ArrayList<>();
        for (int series = 0; series < 40; series++) {
            inserts.add(row("s" + series, 0, 10));
        }
        for (int slot = 0; slot < 100; slot++) {
            inserts.add(row("one-partition", slot * 60L, 0));
        }
        inserts.add(row("big", 0, 150));
        inserts.add(row("big2", 0, 150));

        List<Statement<?>> statements = ReplicaBatches.of(inserts, session);

        List<BatchableStatement<?>> sent = new ArrayList<>();
        for (Statement<?> statement : statements) {
            List<BatchableStatement<?>> rows = rows(statement);
            Set<Object> partitions = new HashSet<>();
            rows.forEach(row -> partitions.add(((BoundStatement) row).getRoutingKey()));
            assertThat(partitions).hasSizeLessThanOrEqualTo(ReplicaBatches.MAX_PARTITIONS);
            assertThat(session.execute(statement).getExecutionInfo().getWarnings()).isEmpty();
            sent.addAll(rows);
        }
        assertThat(sent).containsExactlyInAnyOrderElementsOf(inserts.stream().map(ReplicaBatches.Insert::statement).toList());
        assertThat(statements).hasSizeLessThan(inserts.size() / 3);
        assertThat(session.execute("SELECT count(*) FROM batches.metric_samples").one().getLong(0))
                .isEqualTo(inserts.size());
    }

    private ReplicaBatches.Insert row(String seriesId, long slot, int values) {
        List<Double> distribution = Collections.nCopies(values, 1.5);
        BoundStatement statement = schema.insertSample.bind(seriesId, 60, 0L, slot, "Count", UUID.randomUUID(),
                1.0, 2.0, 1.0, 1.0, distribution, distribution, 3600);
        return new ReplicaBatches.Insert(seriesId + "|60|0", statement);
    }

    private static List<BatchableStatement<?>> rows(Statement<?> statement) {
        List<BatchableStatement<?>> rows = new ArrayList<>();
        if (statement instanceof BatchStatement batch) {
            batch.forEach(rows::add);
        } else {
            rows.add((BatchableStatement<?>) statement);
        }
        return rows;
    }
}
