package io.cloudgate.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.DocumentStoreCompatibilityKit;
import io.cloudgate.store.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    /** A copy of the file taken while the store is open is what a crash at that moment would leave. */
    @Test
    void aBatchIsOnDiskWhenItReturnsAndNotBefore() {
        Path file = directory.resolve("batch.db");
        Path duringBatch = directory.resolve("during.db");
        Path afterBatch = directory.resolve("after.db");
        try (DocumentStore store = MvStoreDocumentStore.open(file, clock)) {
            store.batch(() -> {
                store.table("t").put("p", "a", "{}");
                store.table("t").putIfAbsent("p", "b", "{}", null);
                copy(file, duringBatch);
            });
            copy(file, afterBatch);
        }
        try (DocumentStore crashedDuring = MvStoreDocumentStore.open(duringBatch, clock)) {
            assertThat(crashedDuring.table("t").scan("p", null, 10)).isEmpty();
        }
        try (DocumentStore crashedAfter = MvStoreDocumentStore.open(afterBatch, clock)) {
            assertThat(crashedAfter.table("t").scan("p", null, 10)).hasSize(2);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
