package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.UsageSample;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What one sampling pass records for one VM: before CloudStack 4.17 from the VM as listVirtualMachines shows it, from
 * 4.17 on from the statistics entries collected in the minute.
 */
class UsageRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MINUTE = Instant.parse("2026-11-21T06:10:00Z").getEpochSecond() / 60;
    private static final Supplier<UsageRecord> NOT_ASKED = () -> {
        throw new AssertionError("the previous record was read");
    };

    @Test
    void aRunningVmsMinuteIsWhatItsCountersGrewSinceTheMinuteBefore() {
        UsageRecord before = UsageRecord.next(running("12%", 1_000, 10), MINUTE - 1, () -> null).orElseThrow();
        assertThat(before.sample()).isNull();

        UsageRecord record = UsageRecord.next(running("12,5%", 1_600, 70), MINUTE, () -> before).orElseThrow();

        UsageSample sample = record.sample();
        assertThat(sample.minute()).isEqualTo(Instant.ofEpochSecond(MINUTE * 60));
        assertThat(sample.cpuPercent()).isEqualTo(12.5);
        assertThat(sample.networkInBytes()).isEqualTo(600 * 1024);
        assertThat(sample.networkOutBytes()).isEqualTo(300 * 1024);
        assertThat(sample.diskReadBytes()).isEqualTo(60 * 1024);
        assertThat(sample.diskWriteBytes()).isEqualTo(120 * 1024);
        assertThat(sample.diskReadOps()).isEqualTo(60);
        assertThat(sample.diskWriteOps()).isEqualTo(120);
        assertThat(record.reading().networkReadKib()).isEqualTo(1_600);
    }

    @Test
    void aCounterLowerThanBeforeStartedAgainFromZero() {
        UsageRecord before = UsageRecord.next(running("50%", 90_000, 5_000), MINUTE - 1, () -> null).orElseThrow();

        UsageSample sample = UsageRecord.next(running("5%", 300, 20), MINUTE, () -> before).orElseThrow().sample();

        assertThat(sample.networkInBytes()).isEqualTo(300 * 1024);
        assertThat(sample.diskReadOps()).isEqualTo(20);
    }

    @Test
    void withoutTheMinuteBeforeAReadingOnlyStartsTheCounting() {
        UsageRecord older = UsageRecord.next(running("12%", 1_000, 10), MINUTE - 2, () -> null).orElseThrow();
        UsageRecord failed = UsageRecord.next(vm("Error"), MINUTE - 1, NOT_ASKED).orElseThrow();

        assertThat(UsageRecord.next(running("12%", 9_000, 90), MINUTE, () -> older).orElseThrow().sample()).isNull();
        assertThat(UsageRecord.next(running("12%", 9_000, 90), MINUTE, () -> failed).orElseThrow().sample()).isNull();
    }

    @Test
    void aVmInErrorFailsItsInstanceCheck() {
        UsageSample sample = UsageRecord.next(vm("Error"), MINUTE, NOT_ASKED).orElseThrow().sample();

        assertThat(sample.instanceCheckFailed()).isTrue();
        assertThat(sample.systemCheckFailed()).isFalse();
        assertThat(sample.cpuPercent()).isZero();
    }

    @Test
    void vmsNotRunningOrWithoutStatisticsGetNothing() {
        assertThat(UsageRecord.next(vm("Stopped"), MINUTE, NOT_ASKED)).isEmpty();
        assertThat(UsageRecord.next(vm("Starting"), MINUTE, NOT_ASKED)).isEmpty();
        assertThat(UsageRecord.next(vm("Running"), MINUTE, NOT_ASKED)).isEmpty();
    }

    @Test
    void cpuSharesThatCannotBeReadCountAsNoneAndSharesAreAtMostAll() {
        assertThat(VmReading.of(running("n/a", 1, 1)).map(VmReading::cpuPercent)).isEqualTo(Optional.of(0.0));
        assertThat(VmReading.of(running("250%", 1, 1)).map(VmReading::cpuPercent)).isEqualTo(Optional.of(100.0));
        assertThat(VmReading.of(running(null, 1, 1)).map(VmReading::cpuPercent)).isEqualTo(Optional.of(0.0));
    }

    @Test
    void fromCloudStack417AMinuteIsTheSumOfTheEntriesCollectedInItWithTheirMeanCpu() {
        // Each entry holds one collection cycle's I/O (not a counter): the minute is their sum, with no earlier record.
        UsageSample sample = UsageRecord.ofMinute(vm("Running"), MINUTE,
                List.of(running("10%", 300, 30), running("20%", 200, 20))).orElseThrow().sample();

        assertThat(sample.minute()).isEqualTo(Instant.ofEpochSecond(MINUTE * 60));
        assertThat(sample.cpuPercent()).isEqualTo(15.0);
        assertThat(sample.networkInBytes()).isEqualTo(500 * 1024);
        assertThat(sample.networkOutBytes()).isEqualTo(250 * 1024);
        assertThat(sample.diskReadBytes()).isEqualTo(50 * 1024);
        assertThat(sample.diskWriteOps()).isEqualTo(100);
    }

    @Test
    void fromCloudStack417AMinuteWithoutEntriesGetsNothingAndAVmInErrorFailsItsCheck() {
        assertThat(UsageRecord.ofMinute(vm("Running"), MINUTE, List.of())).isEmpty();
        assertThat(UsageRecord.ofMinute(vm("Stopped"), MINUTE, List.of(running("10%", 300, 30)))).isEmpty();
        assertThat(UsageRecord.ofMinute(vm("Error"), MINUTE, List.of()).orElseThrow().sample().instanceCheckFailed())
                .isTrue();
    }

    @Test
    void theStatisticsHistoryIsUsedFromVersion417On() {
        assertThat(ServerVersion.isAtLeast("4.17.0.0", 4, 17)).isTrue();
        assertThat(ServerVersion.isAtLeast("4.21.0.0", 4, 17)).isTrue();
        assertThat(ServerVersion.isAtLeast("5.0.0.0", 4, 17)).isTrue();
        assertThat(ServerVersion.isAtLeast("4.18.1.0-SNAPSHOT", 4, 17)).isTrue();
        assertThat(ServerVersion.isAtLeast("4.16.1.0", 4, 17)).isFalse();
        assertThat(ServerVersion.isAtLeast("4.9.3.0", 4, 17)).isFalse();
        assertThat(ServerVersion.isAtLeast("unknown", 4, 17)).isFalse();
        assertThat(ServerVersion.isAtLeast(null, 4, 17)).isFalse();
    }

    private static ObjectNode vm(String state) {
        return JSON.createObjectNode().put("id", "vm-1").put("state", state);
    }

    /** A running VM whose network counters are {@code networkKib} in, half that out; disk counters {@code diskKib}. */
    private static ObjectNode running(String cpuUsed, long networkKib, long diskKib) {
        ObjectNode vm = vm("Running").put("networkkbsread", networkKib).put("networkkbswrite", networkKib / 2)
                .put("diskkbsread", diskKib).put("diskkbswrite", diskKib * 2).put("diskioread", diskKib)
                .put("diskiowrite", diskKib * 2);
        return cpuUsed == null ? vm : vm.put("cpuused", cpuUsed);
    }
}
