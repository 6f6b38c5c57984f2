package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.MetricStoreCompatibilityKit;
import io.cloudgate.store.MutableClock;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import org.junit.jupiter.api.AfterEach;

class DocumentMetricStoreTest extends MetricStoreCompatibilityKit {
    private MvStoreDocumentStore documents;

    @Override
    protected MetricStore newStore(MutableClock clock) {
        documents = MvStoreDocumentStore.inMemory(clock);
        return new DocumentMetricStore(documents, clock);
    }

    @AfterEach
    void closeStore() {
        documents.close();
    }
}
