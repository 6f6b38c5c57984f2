package io.cloudgate.cloudwatch.builtin;

import static io.cloudgate.cloudwatch.builtin.BuiltinTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.cloudwatch.builtin.InstanceDirectory.Instance;
import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.ListedSeries;
import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesFilter.DimensionFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import io.cloudgate.cloudwatch.metrics.embedded.DocumentMetricStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Built-in AWS/EC2 series answered from the port; everything else from the stored metrics. */
class BuiltinMetricStoreTest {
    private final BuiltinTestbed bed = new BuiltinTestbed();
    private final DocumentMetricStore stored = new DocumentMetricStore(bed.store, bed.clock);
    private final BuiltinMetricStore metrics = BuiltinMetricStore.withEc2Metrics(stored, bed,
            bed.compute.machines(), bed.clock);
    private final Instant launched = bed.clock.instant();

    private static MetricSeries ec2(String metric, String instanceId) {
        return new MetricSeries(ACCOUNT, "AWS/EC2", metric, List.of(new Dimension("InstanceId", instanceId)));
    }

    private static MetricSeries custom(String name) {
        return new MetricSeries(ACCOUNT, "Custom", name, List.of());
    }

    @Test
    void ec2SeriesOfKnownInstancesAreGeneratedAndTheRestIsStored() {
        Instance instance = bed.launch("i-0123456789abcdef0", true);
        bed.clock.advance(Duration.ofMinutes(5));
        metrics.put(custom("Requests"), List.of(MetricSample.of(launched.plusSeconds(60), 7, "Count")));
        Instant now = bed.clock.instant();
        assertThat(metrics.query(ec2("CPUUtilization", instance.instanceId()), launched, now, 60)).hasSize(5);
        assertThat(metrics.query(ec2("CPUUtilization", "i-0ffffffffffffffff"), launched, now, 60)).isEmpty();
        assertThat(metrics.query(ec2("MemoryUtilization", instance.instanceId()), launched, now, 60)).isEmpty();
        MetricSeries twoDimensions = new MetricSeries(ACCOUNT, "AWS/EC2", "CPUUtilization", List.of(
                new Dimension("InstanceId", instance.instanceId()), new Dimension("ImageId", "ami-1")));
        assertThat(metrics.query(twoDimensions, launched, now, 60)).isEmpty();
        MetricSeries otherAccount = new MetricSeries("444455556666", "AWS/EC2", "CPUUtilization",
                List.of(new Dimension("InstanceId", instance.instanceId())));
        assertThat(metrics.query(otherAccount, launched, now, 60)).isEmpty();
        assertThat(metrics.query(custom("Requests"), launched, now, 60)).singleElement()
                .satisfies(point -> assertThat(point.statistics().sum()).isEqualTo(7));
    }

    @Test
    void listingShowsEveryInstancesMetricsThenTheStoredOnesAcrossPages() {
        bed.launch("i-0000000000000000a", false);
        bed.launch("i-0000000000000000b", true);
        for (String name : List.of("A", "B", "C")) {
            metrics.put(custom(name), List.of(MetricSample.of(launched, 1, "None")));
        }
        for (int pageSize : List.of(5, 12, 24, 25, 27, 100)) {
            List<ListedSeries> all = listAll(SeriesFilter.all(), pageSize);
            assertThat(all).hasSize(27);
            assertThat(all.subList(0, 24)).allMatch(listed -> listed.series().namespace().equals("AWS/EC2"));
            assertThat(all.subList(24, 27)).extracting(listed -> listed.series().metricName())
                    .containsExactly("A", "B", "C");
            assertThat(all).extracting(ListedSeries::series).doesNotHaveDuplicates();
        }
        assertThat(listAll(new SeriesFilter("AWS/EC2", "CPUUtilization", List.of(), null), 500))
                .extracting(listed -> listed.series().dimensions().getFirst().value())
                .containsExactly("i-0000000000000000a", "i-0000000000000000b");
        assertThat(listAll(new SeriesFilter(null, null, List.of(new DimensionFilter("InstanceId",
                "i-0000000000000000b")), null), 500)).hasSize(12)
                .extracting(listed -> listed.series().metricName())
                .contains("CPUUtilization", "NetworkIn", "NetworkOut", "NetworkPacketsIn", "NetworkPacketsOut",
                        "DiskReadBytes", "DiskWriteBytes", "DiskReadOps", "DiskWriteOps", "StatusCheckFailed",
                        "StatusCheckFailed_Instance", "StatusCheckFailed_System");
        assertThat(listAll(new SeriesFilter("Custom", null, List.of(), null), 2)).hasSize(3);
    }

    @Test
    void recentlyActiveLeavesOutInstancesStoppedLongAgo() {
        Instance running = bed.launch("i-0000000000000000a", false);
        bed.put(new Instance("i-0000000000000000b", running.machineId(), false, OptionalDouble.empty(),
                launched.minus(Duration.ofHours(5))));
        SeriesFilter recent = new SeriesFilter("AWS/EC2", "NetworkIn", List.of(), launched.minus(Duration.ofHours(3)));
        assertThat(listAll(recent, 500)).extracting(listed -> listed.series().dimensions().getFirst().value())
                .containsExactly("i-0000000000000000a");
    }

    @Test
    void aFullLastPageHasNoTokenAndForeignTokensAreRefused() {
        bed.launch("i-0000000000000000a", false);
        SeriesPage page = metrics.list(ACCOUNT, SeriesFilter.all(), null, 12);
        assertThat(page.series()).hasSize(12);
        assertThat(page.nextToken()).isNull();
        assertThatThrownBy(() -> metrics.list(ACCOUNT, SeriesFilter.all(), "bogus", 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.list(ACCOUNT, SeriesFilter.all(), "ec2:-4", 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.list(ACCOUNT, SeriesFilter.all(), "stored:bogus", 12))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<ListedSeries> listAll(SeriesFilter filter, int pageSize) {
        List<ListedSeries> all = new ArrayList<>();
        String token = null;
        do {
            SeriesPage page = metrics.list(ACCOUNT, filter, token, pageSize);
            assertThat(page.series().size()).isLessThanOrEqualTo(pageSize);
            all.addAll(page.series());
            token = page.nextToken();
        } while (token != null);
        return all;
    }
}
