package io.cloudgate.store.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.DocumentStoreCompatibilityKit;
import io.cloudgate.store.MutableClock;
import io.cloudgate.store.StoreUnavailableException;
import io.cloudgate.store.Table;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compatibility kit on a real Cassandra node, plus what only a remote store can do: be unreachable. */
class CassandraDocumentStoreTest extends DocumentStoreCompatibilityKit {
    private static CassandraNode node;

    /** Started here rather than in a static initializer, so that a failed boot reports its log. */
    @BeforeAll
    static void startNode() {
        node = CassandraNode.shared();
    }

    /** Each test starts from an empty store, as the embedded engine's tests start from a new file. */
    @Override
    protected DocumentStore createStore(MutableClock clock) {
        CassandraDocumentStore store = CassandraDocumentStore.connect(node.settings("kit"), clock);
        store.session().execute("TRUNCATE " + store.keyspace() + ".documents");
        return store;
    }

    @Test
    void anUnreachableClusterIsATypedErrorWithinTheConnectTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CassandraSettings settings = CassandraSettings.of("127.0.0.1:" + closedPort)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        long started = System.nanoTime();
        assertThatThrownBy(() -> CassandraDocumentStore.connect(settings, clock))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("no Cassandra node");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void writesFailFastWhileTheNodeIsDownAndNoAcknowledgedWriteIsLost() throws Exception {
        CassandraSettings settings = node.settings("crash").withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3));
        try (DocumentStore store = CassandraDocumentStore.connect(settings, clock)) {
            Table table = store.table("writes");
            List<String> acknowledged = new ArrayList<>();
            CompletableFuture<Throwable> writer = CompletableFuture.supplyAsync(() -> {
                for (int i = 0; ; i++) {
                    String key = "k%05d".formatted(i);
                    try {
                        table.put("p", key, "{\"n\":" + i + "}");
                    } catch (RuntimeException e) {
                        return e;
                    }
                    synchronized (acknowledged) {
                        acknowledged.add(key);
                    }
                }
            });
            while (size(acknowledged) < 50) {
                Thread.sleep(20);
            }
            node.kill();
            assertThat(writer.get(30, TimeUnit.SECONDS)).isInstanceOf(StoreUnavailableException.class);

            long started = System.nanoTime();
            assertThatThrownBy(() -> table.put("p", "while-down", "{}")).isInstanceOf(StoreUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

            node.restart();
            awaitReconnected(table);
            for (String key : acknowledged) {
                assertThat(table.get("p", key)).as(key).isPresent();
            }
            assertThat(table.put("p", acknowledged.get(0), "{}")).isEqualTo(2);
        }
    }

    private static int size(List<String> list) {
        synchronized (list) {
            return list.size();
        }
    }

    private static void awaitReconnected(Table table) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                table.get("p", "probe");
                return;
            } catch (StoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
