package io.cloudgate.cloudwatch.cassandra;

import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.MetricStoreCompatibilityKit;
import io.cloudgate.store.MutableClock;
import io.cloudgate.store.cassandra.CassandraDocumentStore;
import io.cloudgate.store.cassandra.CassandraNode;
import org.junit.jupiter.api.AfterEach;

/** The metric store kit on a real Cassandra node; each test starts from empty tables. */
class CassandraMetricStoreTest extends MetricStoreCompatibilityKit {
    private CassandraDocumentStore documents;

    @Override
    protected MetricStore newStore(MutableClock clock) {
        documents = CassandraDocumentStore.connect(CassandraNode.shared().settings("metrics"), clock);
        MetricStore store = CassandraMetricStore.open(documents, clock);
        documents.session().execute("TRUNCATE metrics.metric_samples");
        documents.session().execute("TRUNCATE metrics.metric_series");
        return store;
    }

    @AfterEach
    void closeStore() {
        documents.close();
    }
}
