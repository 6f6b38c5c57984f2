package io.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link DocumentStore} engine must show. Subclasses supply the engine and a settable clock. */
public abstract class DocumentStoreCompatibilityKit {
    protected final MutableClock clock = new MutableClock();
    private DocumentStore store;
    private Table table;

    protected abstract DocumentStore createStore(MutableClock clock);

    @BeforeEach
    void open() {
        store = createStore(clock);
        table = store.table("kit");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void putThenGetReturnsDocumentWithIncreasingVersions() {
        assertThat(table.put("p", "k", "{\"a\":1}")).isEqualTo(1);
        assertThat(table.put("p", "k", "{\"a\":2}")).isEqualTo(2);
        Document document = table.get("p", "k").orElseThrow();
        assertThat(document.json()).isEqualTo("{\"a\":2}");
        assertThat(document.version()).isEqualTo(2);
        assertThat(table.get("p", "other")).isEmpty();
        assertThat(table.get("other", "k")).isEmpty();
    }

    @Test
    void scanIsOrderedWithinPartitionAndNeverCrossesIt() {
        table.put("a", "2", "{}");
        table.put("b", "1", "{}");
        table.put("a", "3", "{}");
        table.put("a", "1", "{}");
        table.put("ab", "0", "{}");
        assertThat(table.scan("a", null, 10)).extracting(Document::key).containsExactly("1", "2", "3");
        assertThat(table.scan("a", "2", 10)).extracting(Document::key).containsExactly("2", "3");
        assertThat(table.scan("a", null, 2)).extracting(Document::key).containsExactly("1", "2");
    }

    @Test
    void putIfAbsentWritesOnceAndOnlyOnceUnderContention() throws Exception {
        AtomicInteger winners = new AtomicInteger();
        try (var executor = Executors.newFixedThreadPool(8)) {
            var futures = IntStream.range(0, 32)
                    .mapToObj(i -> executor.submit(() -> {
                        if (table.putIfAbsent("p", "token", "{\"writer\":" + i + "}", null)) {
                            winners.incrementAndGet();
                        }
                    }))
                    .toList();
            for (var future : futures) {
                future.get();
            }
        }
        assertThat(winners).hasValue(1);
    }

    @Test
    void replaceSucceedsOnlyAtTheExpectedVersion() {
        table.put("p", "k", "{\"v\":1}");
        assertThat(table.replace("p", "k", 5, "{\"v\":9}")).isFalse();
        assertThat(table.replace("p", "k", 1, "{\"v\":2}")).isTrue();
        assertThat(table.replace("p", "k", 1, "{\"v\":3}")).isFalse();
        assertThat(table.get("p", "k").orElseThrow().json()).isEqualTo("{\"v\":2}");
        assertThat(table.replace("p", "missing", 1, "{}")).isFalse();
    }

    @Test
    void documentsExpireAfterTheirTtl() {
        assertThat(table.putIfAbsent("p", "lease", "{}", Duration.ofSeconds(30))).isTrue();
        clock.advance(Duration.ofSeconds(29));
        assertThat(table.get("p", "lease")).isPresent();
        assertThat(table.putIfAbsent("p", "lease", "{}", Duration.ofSeconds(30))).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(table.get("p", "lease")).isEmpty();
        assertThat(table.scan("p", null, 10)).isEmpty();
        assertThat(table.putIfAbsent("p", "lease", "{\"again\":true}", null)).isTrue();
    }

    @Test
    void deleteRemovesAndReportsWhetherSomethingWasThere() {
        table.put("p", "k", "{}");
        assertThat(table.delete("p", "k")).isTrue();
        assertThat(table.delete("p", "k")).isFalse();
        assertThat(table.get("p", "k")).isEmpty();
    }

    @Test
    void tablesAreIndependent() {
        table.put("p", "k", "{}");
        assertThat(store.table("other").get("p", "k")).isEmpty();
    }

    @Test
    void writesInABatchKeepTheirConditionsAndAreSeenAtOnce() {
        table.put("p", "k", "{\"v\":1}");
        store.batch(() -> {
            assertThat(table.putIfAbsent("p", "new", "{}", null)).isTrue();
            assertThat(table.putIfAbsent("p", "new", "{}", null)).isFalse();
            assertThat(table.replace("p", "k", 1, "{\"v\":2}")).isTrue();
            assertThat(table.replace("p", "k", 1, "{\"v\":3}")).isFalse();
            assertThat(table.get("p", "k").orElseThrow().version()).isEqualTo(2);
            store.batch(() -> store.table("other").put("q", "nested", "{}"));
            assertThat(store.table("other").get("q", "nested")).isPresent();
        });
        assertThat(table.get("p", "k").orElseThrow().json()).isEqualTo("{\"v\":2}");
        assertThat(table.get("p", "new")).isPresent();
        assertThat(store.table("other").get("q", "nested")).isPresent();
    }

    @Test
    void aFailingBatchKeepsTheWritesMadeBeforeTheFailure() {
        assertThatThrownBy(() -> store.batch(() -> {
            table.put("p", "before", "{}");
            throw new IllegalStateException("failed part way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("failed part way");
        assertThat(table.get("p", "before")).isPresent();
        table.put("p", "after", "{}");
        assertThat(table.scan("p", null, 10)).extracting(Document::key).containsExactly("after", "before");
    }
}
