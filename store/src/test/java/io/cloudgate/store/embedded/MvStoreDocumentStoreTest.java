package io.cloudgate.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.DocumentStoreCompatibilityKit;
import io.cloudgate.store.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MvStoreDocumentStoreTest extends DocumentStoreCompatibilityKit {
    @TempDir
    Path directory;

    @Override
    protected DocumentStore createStore(MutableClock clock) {
        return MvStoreDocumentStore.open(directory.resolve("kit.db"), clock);
    }

    @Test
    void documentsSurviveReopening() {
        Path file = directory.resolve("reopen.db");
        try (DocumentStore first = MvStoreDocumentStore.open(file, clock)) {
            first.table("t").put("p", "k", "{\"kept\":true}");
        }
        try (DocumentStore second = MvStoreDocumentStore.open(file, clock)) {
            assertThat(second.table("t").get("p", "k").orElseThrow().json()).isEqualTo("{\"kept\":true}");
        }
    }
}
