package io.cloudgate.cloudwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.cloudwatch.metrics.SeriesFilter.DimensionFilter;
import io.cloudgate.store.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every metric store adapter must do; each adapter's test extends this with a fresh, empty store. */
public abstract class MetricStoreCompatibilityKit {
    protected final MutableClock clock = new MutableClock();
    private MetricStore store;

    /** A new, empty store reading time from the given clock. */
    protected abstract MetricStore newStore(MutableClock clock);

    @BeforeEach
    void openStore() {
        store = newStore(clock);
    }

    private static MetricSeries series(String account, String name, Dimension... dimensions) {
        return new MetricSeries(account, "App/Web", name, List.of(dimensions));
    }

    private Instant minute(int minutes) {
        return clock.instant().minus(Duration.ofHours(1)).plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aggregatesSamplesOfAPeriodIntoStatistics() {
        MetricSeries latency = series("111", "Latency");
        store.put(latency, List.of(MetricSample.of(minute(0), 10, "Milliseconds"),
                MetricSample.of(minute(0).plusSeconds(20), 30, "Milliseconds")));
        store.put(latency, List.of(MetricSample.of(minute(1), 5, "Milliseconds")));

        List<PeriodAggregate> perMinute = store.query(latency, minute(0), minute(5), 60);
        assertThat(perMinute).extracting(PeriodAggregate::start).containsExactly(minute(0), minute(1));
        assertThat(perMinute.getFirst().statistics()).isEqualTo(new StatisticSet(2, 40, 10, 30));
        assertThat(perMinute.getFirst().unit()).isEqualTo("Milliseconds");

        List<PeriodAggregate> perFiveMinutes = store.query(latency, minute(0), minute(5), 300);
        assertThat(perFiveMinutes).singleElement().satisfies(aggregate -> {
            assertThat(aggregate.start()).isEqualTo(minute(0));
            assertThat(aggregate.statistics()).isEqualTo(new StatisticSet(3, 45, 5, 30));
        });
    }

    @Test
    void readsOnlyTheRequestedTimeRange() {
        MetricSeries requests = series("111", "Requests");
        for (int i = 0; i < 10; i++) {
            store.put(requests, List.of(MetricSample.of(minute(i), i, "Count")));
        }
        List<PeriodAggregate> aggregates = store.query(requests, minute(3), minute(6), 60);
        assertThat(aggregates).extracting(aggregate -> aggregate.statistics().sum()).containsExactly(3.0, 4.0, 5.0);
    }

    @Test
    void dimensionOrderDoesNotMatterButDimensionsDo() {
        Dimension host = new Dimension("Host", "a");
        Dimension stage = new Dimension("Stage", "prod");
        store.put(series("111", "Errors", stage, host), List.of(MetricSample.of(minute(0), 1, "Count")));
        store.put(series("111", "Errors", host), List.of(MetricSample.of(minute(0), 7, "Count")));

        assertThat(store.query(series("111", "Errors", host, stage), minute(0), minute(1), 60))
                .singleElement().extracting(aggregate -> aggregate.statistics().sum()).isEqualTo(1.0);
        assertThat(store.query(series("111", "Errors", host), minute(0), minute(1), 60))
                .singleElement().extracting(aggregate -> aggregate.statistics().sum()).isEqualTo(7.0);
        assertThat(store.query(series("222", "Errors", host), minute(0), minute(1), 60)).isEmpty();
    }

    @Test
    void keepsUnitsApart() {
        MetricSeries size = series("111", "Size");
        store.put(size, List.of(MetricSample.of(minute(0), 1, "Bytes"), MetricSample.of(minute(0), 2, "Kilobytes")));
        assertThat(store.query(size, minute(0), minute(1), 60))
                .extracting(PeriodAggregate::unit, aggregate -> aggregate.statistics().sum())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Bytes", 1.0),
                        org.assertj.core.groups.Tuple.tuple("Kilobytes", 2.0));
    }

    @Test
    void keepsValuesForPercentiles() {
        MetricSeries latency = series("111", "Latency");
        List<Double> values = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add((double) i);
            counts.add(1.0);
        }
        Distribution distribution = Distribution.of(values, counts);
        store.put(latency, List.of(new MetricSample(minute(0), "None", 60, StatisticSet.of(distribution),
                distribution)));

        PeriodAggregate aggregate = store.query(latency, minute(0), minute(1), 60).getFirst();
        assertThat(aggregate.hasCompleteDistribution()).isTrue();
        assertThat(aggregate.distribution().percentile(50)).isEqualTo(50.0);
        assertThat(aggregate.distribution().percentile(99)).isEqualTo(99.0);
        assertThat(aggregate.statistics()).isEqualTo(new StatisticSet(100, 5050, 1, 100));

        store.put(latency, List.of(new MetricSample(minute(0), "None", 60, new StatisticSet(2, 3, 1, 2), null)));
        assertThat(store.query(latency, minute(0), minute(1), 60).getFirst().hasCompleteDistribution()).isFalse();
    }

    @Test
    void highResolutionDataIsReadableBySecondsAndByMinutes() {
        MetricSeries load = series("111", "Load");
        Instant start = minute(0);
        store.put(load, List.of(hiRes(start, 1), hiRes(start.plusSeconds(1), 2), hiRes(start.plusSeconds(12), 4)));
        store.put(load, List.of(MetricSample.of(start.plusSeconds(30), 100, "None")));

        assertThat(store.query(load, start, start.plusSeconds(60), 10))
                .extracting(aggregate -> aggregate.statistics().sum()).containsExactly(3.0, 4.0);
        assertThat(store.query(load, start, start.plusSeconds(60), 60))
                .singleElement().extracting(aggregate -> aggregate.statistics().sum()).isEqualTo(107.0);
    }

    @Test
    void keepsEachResolutionAsLongAsCloudWatch() {
        MetricSeries load = series("111", "Load");
        Instant start = minute(0);
        store.put(load, List.of(hiRes(start, 1), MetricSample.of(start.plusSeconds(60), 2, "None")));

        clock.advance(Duration.ofHours(3));
        assertThat(store.query(load, start, start.plusSeconds(120), 1)).isEmpty();
        assertThat(store.query(load, start, start.plusSeconds(120), 60)).hasSize(2);

        clock.advance(Duration.ofDays(15));
        assertThat(store.query(load, start, start.plusSeconds(120), 60)).isEmpty();
        assertThat(store.query(load, start, start.plusSeconds(300), 300))
                .singleElement().extracting(aggregate -> aggregate.statistics().sum()).isEqualTo(3.0);

        clock.advance(Duration.ofDays(63));
        assertThat(store.query(load, start, start.plusSeconds(300), 300)).isEmpty();
        assertThat(store.query(load, start, start.plusSeconds(3600), 3600))
                .singleElement().extracting(aggregate -> aggregate.statistics().sum()).isEqualTo(3.0);

        clock.advance(Duration.ofDays(455));
        assertThat(store.query(load, start, start.plusSeconds(3600), 3600)).isEmpty();
    }

    @Test
    void oldSamplesOnlyReachTheResolutionsThatStillKeepThem() {
        MetricSeries load = series("111", "Load");
        Instant twentyDaysAgo = clock.instant().minus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        store.put(load, List.of(MetricSample.of(twentyDaysAgo, 5, "None")));
        assertThat(store.query(load, twentyDaysAgo, twentyDaysAgo.plusSeconds(300), 300))
                .singleElement().extracting(aggregate -> aggregate.statistics().sum()).isEqualTo(5.0);
    }

    @Test
    void longPeriodsAddUpTheirSamplesWhereverThePeriodsStart() {
        MetricSeries load = series("111", "Load");
        Instant hour = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(6));
        List<MetricSample> samples = new ArrayList<>();
        for (int minute = 0; minute < 300; minute++) {
            samples.add(MetricSample.of(hour.plus(Duration.ofMinutes(minute)), minute, "None"));
        }
        store.put(load, samples);
        for (int offset : new int[] {0, 1, 7, 35}) {
            Instant start = hour.plus(Duration.ofMinutes(offset));
            List<PeriodAggregate> hourly = store.query(load, start, start.plus(Duration.ofHours(4)), 3600);
            assertThat(hourly).hasSize(4);
            for (int period = 0; period < 4; period++) {
                int first = offset + period * 60;
                assertThat(hourly.get(period).start()).isEqualTo(start.plus(Duration.ofHours(period)));
                assertThat(hourly.get(period).statistics())
                        .isEqualTo(new StatisticSet(60, 60 * first + 1770, first, first + 59));
                assertThat(hourly.get(period).distribution().percentile(50)).isEqualTo(first + 29);
            }
        }
    }

    @Test
    void concurrentWritesToOneSlotAreAllKept() throws Exception {
        MetricSeries hits = series("111", "Hits");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                writes.add(pool.submit(() -> store.put(hits, List.of(MetricSample.of(minute(0), 1, "Count")))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.query(hits, minute(0), minute(1), 60).getFirst().statistics().sampleCount())
                .isEqualTo(40.0);
    }

    @Test
    void listsSeriesByNamespaceNameAndDimensions() {
        store.put(series("111", "Latency", new Dimension("Host", "a")), List.of(MetricSample.of(minute(0), 1, "None")));
        store.put(series("111", "Latency", new Dimension("Host", "b")), List.of(MetricSample.of(minute(0), 1, "None")));
        store.put(series("111", "Errors"), List.of(MetricSample.of(minute(0), 1, "None")));
        store.put(new MetricSeries("111", "Other", "Latency", List.of()), List.of(MetricSample.of(minute(0), 1, "None")));
        store.put(series("222", "Latency"), List.of(MetricSample.of(minute(0), 1, "None")));

        assertThat(names(new SeriesFilter(null, null, List.of(), null))).hasSize(4);
        assertThat(names(new SeriesFilter("App/Web", null, List.of(), null)))
                .containsExactly("App/Web Errors []", "App/Web Latency [a]", "App/Web Latency [b]");
        assertThat(names(new SeriesFilter("App/Web", "Latency", List.of(new DimensionFilter("Host", "b")), null)))
                .containsExactly("App/Web Latency [b]");
        assertThat(names(new SeriesFilter(null, "Latency", List.of(new DimensionFilter("Host", null)), null)))
                .containsExactlyInAnyOrder("App/Web Latency [a]", "App/Web Latency [b]");
    }

    @Test
    void listsRecentlyActiveSeriesAndForgetsSilentOnes() {
        store.put(series("111", "Old"), List.of(MetricSample.of(minute(0), 1, "None")));
        clock.advance(Duration.ofHours(4));
        store.put(series("111", "New"), List.of(MetricSample.of(minute(0), 1, "None")));

        SeriesFilter recentlyActive = new SeriesFilter(null, null, List.of(), clock.instant().minus(Duration.ofHours(3)));
        assertThat(names(recentlyActive)).containsExactly("App/Web New []");
        ListedSeries listed = store.list("111", recentlyActive, null, 10).series().getFirst();
        assertThat(listed.lastWrite()).isBetween(clock.instant().minus(MetricStore.LAST_WRITE_PRECISION),
                clock.instant());

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(names(SeriesFilter.all())).isEmpty();
    }

    @Test
    void pagesThroughSeriesWithoutRepeats() {
        for (int i = 0; i < 7; i++) {
            store.put(series("111", "M" + i), List.of(MetricSample.of(minute(0), i, "None")));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            SeriesPage page = store.list("111", SeriesFilter.all(), token, 3);
            page.series().forEach(listed -> seen.add(listed.series().metricName()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(seen).containsExactly("M0", "M1", "M2", "M3", "M4", "M5", "M6");
        assertThat(pages).isEqualTo(3);
        assertThatThrownBy(() -> store.list("111", SeriesFilter.all(), "not-a-token!", 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> names(SeriesFilter filter) {
        return store.list("111", filter, null, 100).series().stream()
                .map(listed -> listed.series().namespace() + " " + listed.series().metricName() + " "
                        + listed.series().dimensions().stream().map(Dimension::value).toList())
                .toList();
    }

    private static MetricSample hiRes(Instant timestamp, double value) {
        return new MetricSample(timestamp, "None", 1, StatisticSet.of(value), Distribution.of(value));
    }
}
