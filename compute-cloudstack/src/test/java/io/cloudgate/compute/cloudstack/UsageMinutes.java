package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.UsageSample;
import io.cloudgate.compute.cloudstack.fake.FakeVmStats;
import java.time.Duration;
import java.time.Instant;

/** The minutes the usage tests sample in (the fake's clock starts at {@link #START}) and what a full one holds. */
final class UsageMinutes {
    static final long KIB = 1024;
    static final Instant START = Instant.parse("2026-11-21T06:00:00Z");
    static final Instant LATER = START.plus(Duration.ofHours(1));

    private UsageMinutes() {
    }

    static Instant minute(int sinceStart) {
        return START.plus(Duration.ofMinutes(sinceStart));
    }

    /** Exactly one minute of the fake's I/O by a running machine whose checks pass. */
    static void assertFullMinute(UsageSample sample) {
        assertThat(sample.networkInBytes()).isEqualTo(60 * FakeVmStats.NETWORK_READ_KIB_PER_SECOND * KIB);
        assertThat(sample.networkOutBytes()).isEqualTo(60 * FakeVmStats.NETWORK_WRITE_KIB_PER_SECOND * KIB);
        assertThat(sample.diskReadBytes()).isEqualTo(60 * FakeVmStats.DISK_READ_KIB_PER_SECOND * KIB);
        assertThat(sample.diskWriteBytes()).isEqualTo(60 * FakeVmStats.DISK_WRITE_KIB_PER_SECOND * KIB);
        assertThat(sample.diskReadOps()).isEqualTo(60 * FakeVmStats.DISK_READS_PER_SECOND);
        assertThat(sample.diskWriteOps()).isEqualTo(60 * FakeVmStats.DISK_WRITES_PER_SECOND);
        assertThat(sample.networkPacketsIn()).isZero();
        assertThat(sample.networkPacketsOut()).isZero();
        assertThat(sample.cpuPercent()).isBetween(10.0, 27.5);
        assertThat(sample.instanceCheckFailed()).isFalse();
        assertThat(sample.systemCheckFailed()).isFalse();
    }
}
