package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.UsageSample;
import io.cloudgate.compute.cloudstack.fake.FakeClock;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored minutes: one per machine and minute, read by range across pages, gone after 15 days. */
class UsageRecordsTest {
    private final FakeClock clock = new FakeClock();
    private final UsageRecords records = new UsageRecords(MvStoreDocumentStore.inMemory(clock));
    private final long first = clock.instant().getEpochSecond() / 60;

    @Test
    void theFirstRecordOfAMinuteStays() {
        records.add("tenant", "i-1", record(first, 10));
        records.add("tenant", "i-1", record(first, 90));

        assertThat(records.samples("tenant", "i-1", minute(first), minute(first + 1)))
                .extracting(UsageSample::cpuPercent).containsExactly(10.0);
    }

    @Test
    void samplesOfMinutesStartingInTheRangeComeInOrderAcrossPages() {
        for (long minute = first; minute < first + 3_000; minute++) {
            records.add("tenant", "i-1", record(minute, 1));
        }
        records.add("tenant", "i-1", new UsageRecord(first + 3_000, null, null));

        assertThat(records.samples("tenant", "i-1", minute(first), minute(first + 3_001))).hasSize(3_000)
                .extracting(UsageSample::minute).isSorted();
        assertThat(records.samples("tenant", "i-1", minute(first).plusMillis(1), minute(first + 2)))
                .extracting(UsageSample::minute).containsExactly(minute(first + 1));
        assertThat(records.samples("tenant", "i-1", Instant.MIN, Instant.MAX)).hasSize(3_000);
        assertThat(records.samples("tenant", "i-2", Instant.MIN, Instant.MAX)).isEmpty();
        assertThat(records.samples("other", "i-1", Instant.MIN, Instant.MAX)).isEmpty();
    }

    @Test
    void recordsAreKeptFifteenDays() {
        records.add("tenant", "i-1", record(first, 10));
        clock.advance(UsageRecords.RETENTION.minus(Duration.ofSeconds(1)));
        assertThat(records.samples("tenant", "i-1", Instant.MIN, Instant.MAX)).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(records.samples("tenant", "i-1", Instant.MIN, Instant.MAX)).isEmpty();
    }

    @Test
    void oneGatewayClaimsATenantsMinute() {
        assertThat(records.claim("tenant", first)).isTrue();
        assertThat(records.claim("tenant", first)).isFalse();
        assertThat(records.claim("tenant", first + 1)).isTrue();
        assertThat(records.claim("other", first)).isTrue();
    }

    private static Instant minute(long epochMinute) {
        return Instant.ofEpochSecond(epochMinute * 60);
    }

    private static UsageRecord record(long epochMinute, double cpu) {
        return new UsageRecord(epochMinute, new UsageSample(minute(epochMinute), cpu, 1, 1, 0, 0, 1, 1, 1, 1, false,
                false), new VmReading(cpu, 1, 1, 1, 1, 1, 1));
    }
}
