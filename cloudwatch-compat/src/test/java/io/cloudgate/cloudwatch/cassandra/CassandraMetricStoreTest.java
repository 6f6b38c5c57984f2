package io.cloudgate.cloudwatch.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.MetricStoreCompatibilityKit;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import io.cloudgate.store.MutableClock;
import io.cloudgate.store.cassandra.CassandraDocumentStore;
import io.cloudgate.store.cassandra.CassandraNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The metric store kit on a real Cassandra node; each test starts from empty tables. */
class CassandraMetricStoreTest extends MetricStoreCompatibilityKit {
    private CassandraDocumentStore documents;
    private MetricStore store;

    @Override
    protected MetricStore newStore(MutableClock clock) {
        documents = CassandraDocumentStore.connect(CassandraNode.shared().settings("metrics"), clock);
        store = CassandraMetricStore.open(documents, clock);
        documents.session().execute("TRUNCATE metrics.metric_samples");
        documents.session().execute("TRUNCATE metrics.metric_series");
        return store;
    }

    @AfterEach
    void closeStore() {
        documents.close();
    }

    /** More rows than a connection carries at once (1,440 + 288 + 24): they must be paced, not refused. */
    @Test
    void storesADayOfMinutesOfOneSeriesInOnePut() {
        MetricSeries series = new MetricSeries("111", "App/Web", "Latency", List.of());
        Instant day = clock.instant().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS);
        store.put(series, IntStream.range(0, 1440)
                .mapToObj(minute -> MetricSample.of(day.plus(Duration.ofMinutes(minute)), minute % 7, "Milliseconds"))
                .toList());

        List<PeriodAggregate> minutes = store.query(series, day, day.plus(Duration.ofDays(1)), 60);
        assertThat(minutes).hasSize(1440);
        assertThat(minutes.get(9).statistics().sum()).isEqualTo(2.0);
        List<PeriodAggregate> hours = store.query(series, day, day.plus(Duration.ofDays(1)), 3600);
        assertThat(hours).hasSize(24).allSatisfy(hour -> assertThat(hour.statistics().sampleCount()).isEqualTo(60));
    }

    @Test
    void storesAndListsEverySeriesOfOnePutAll() {
        Instant minute = clock.instant().minus(Duration.ofMinutes(5));
        Map<MetricSeries, List<MetricSample>> request = new LinkedHashMap<>();
        for (int host = 0; host < 1500; host++) {
            request.put(new MetricSeries("111", "App/Web", "Requests", List.of(new Dimension("Host", "h" + host))),
                    List.of(MetricSample.of(minute, host, "Count")));
        }
        store.putAll(request);

        MetricSeries last = new MetricSeries("111", "App/Web", "Requests", List.of(new Dimension("Host", "h1499")));
        assertThat(store.query(last, minute, minute.plusSeconds(60), 60))
                .singleElement().extracting(aggregate -> aggregate.statistics().sum()).isEqualTo(1499.0);
        int listed = 0;
        String token = null;
        do {
            SeriesPage page = store.list("111", SeriesFilter.all(), token, 500);
            listed += page.series().size();
            token = page.nextToken();
        } while (token != null);
        assertThat(listed).isEqualTo(1500);
    }
}
