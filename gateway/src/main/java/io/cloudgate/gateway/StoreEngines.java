package io.cloudgate.gateway;

import io.cloudgate.cloudwatch.cassandra.CassandraMetricStore;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.embedded.DocumentMetricStore;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.cassandra.CassandraDocumentStore;
import io.cloudgate.store.cassandra.CassandraSettings;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;

/** Opens the stores the configuration names: the embedded file, or a Cassandra cluster. */
final class StoreEngines {
    private StoreEngines() {
    }

    static DocumentStore open(GatewayConfig config, Clock clock) {
        GatewayConfig.StoreSettings settings = config.store();
        if (settings.engine().equals("cassandra")) {
            return CassandraDocumentStore.connect(CassandraSettings.of(settings.cassandraContactPoints())
                    .withKeyspace(settings.cassandraKeyspace())
                    .withLocalDatacenter(settings.cassandraDatacenter()), clock);
        }
        return MvStoreDocumentStore.open(config.dataDir().resolve("gateway.db"), clock);
    }

    /** CloudWatch's metrics: Cassandra's own time-series tables next to a Cassandra store, else documents. */
    static MetricStore metricStore(DocumentStore store, Clock clock) {
        if (store instanceof CassandraDocumentStore cassandra) {
            return CassandraMetricStore.open(cassandra, clock);
        }
        return new DocumentMetricStore(store, clock);
    }
}
