package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.UsageSample;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import io.cloudgate.compute.cloudstack.fake.FakeVmStats;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Machines' usage through the port, sampled from the fake's moving VM statistics: the fake's counters grow at fixed
 * rates while a VM runs, so a minute's sample is exactly a minute of growth. The clock is moved to a few seconds past
 * each minute and the adapter samples there, as its sampling thread does.
 */
class CloudStackUsageTest {
    private static final long KIB = 1024;
    private static final Instant START = Instant.parse("2026-11-21T06:00:00Z");
    private static final Instant LATER = START.plus(Duration.ofHours(1));

    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(4, 200, 2));
    private final CloudStackCompute compute = fixture.compute;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aRunningMachineGetsOneSampleOfEachEndedMinuteWithWhatItUsedInThatMinute() {
        String account = fixture.newAccount();
        String machine = launchRunning(account);

        List<Instant> passes = List.of(pass(), pass(), pass(), pass());

        List<UsageSample> samples = compute.machines().usage(account, machine, START, LATER);
        // The first pass only takes the counters to count from; each later one records the minute before it.
        assertThat(samples).extracting(UsageSample::minute)
                .containsExactly(minute(1), minute(2), minute(3));
        for (int i = 0; i < samples.size(); i++) {
            assertFullMinute(samples.get(i));
            assertThat(samples.get(i).cpuPercent()).isEqualTo(FakeVmStats.cpuPercent(passes.get(i + 1)));
        }
        assertThat(compute.machines().usage(account, machine, minute(2), minute(3)))
                .extracting(UsageSample::minute).containsExactly(minute(2));
        assertThat(compute.machines().usage(account, machine, minute(1).plusSeconds(30), minute(3)))
                .extracting(UsageSample::minute).containsExactly(minute(2));
        assertThat(compute.machines().usage(account, machine, minute(3), minute(1))).isEmpty();
    }

    @Test
    void aRestartNeverGivesNegativeUsageAndAStoppedMachineGetsNoSamples() {
        String account = fixture.newAccount();
        String machine = launchRunning(account);
        pass();
        pass();

        compute.machines().stop(account, machine, false);
        awaitState(account, machine, MachineState.STOPPED);
        compute.machines().start(account, machine);
        awaitState(account, machine, MachineState.RUNNING);
        pass();
        UsageSample restartMinute = compute.machines().usage(account, machine, minute(2), minute(3)).getFirst();
        // The counters started again from zero: the minute has what they counted since, not a negative difference.
        assertThat(restartMinute.networkInBytes()).isPositive()
                .isLessThan(60 * FakeVmStats.NETWORK_READ_KIB_PER_SECOND * KIB);
        assertThat(List.of(restartMinute.networkOutBytes(), restartMinute.diskReadBytes(),
                restartMinute.diskWriteBytes(), restartMinute.diskReadOps(), restartMinute.diskWriteOps()))
                .allMatch(value -> value > 0);

        compute.machines().stop(account, machine, false);
        awaitState(account, machine, MachineState.STOPPED);
        pass();
        pass();
        pass();
        assertThat(compute.machines().usage(account, machine, minute(3), LATER)).isEmpty();

        compute.machines().start(account, machine);
        awaitState(account, machine, MachineState.RUNNING);
        pass();
        pass();
        List<UsageSample> afterStart = compute.machines().usage(account, machine, minute(3), LATER);
        assertThat(afterStart).extracting(UsageSample::minute).containsExactly(minute(7));
        assertFullMinute(afterStart.getFirst());
    }

    @Test
    void aTenantReadsOnlyItsOwnMachinesUsage() {
        String first = fixture.newAccount();
        String second = fixture.newAccount();
        String firstMachine = launchRunning(first);
        String secondMachine = launchRunning(second);
        pass();
        pass();

        assertThat(compute.machines().usage(first, firstMachine, START, LATER)).hasSize(1);
        assertThat(compute.machines().usage(second, secondMachine, START, LATER)).hasSize(1);
        assertThat(compute.machines().usage(second, firstMachine, START, LATER)).isEmpty();
        assertThat(compute.machines().usage(first, secondMachine, START, LATER)).isEmpty();
        assertThat(compute.machines().usage("an-unlinked-tenant", firstMachine, START, LATER)).isEmpty();
    }

    @Test
    void gatewaysSharingTheStoreListEachTenantOnceAMinuteAndContinueEachOthersCounting() {
        String account = fixture.newAccount();
        String machine = launchRunning(account);
        try (CloudStackCompute otherGateway = fixture.newAdapter(null)) {
            pass();
            int lists = fixture.cloud.requests("listVirtualMachines");
            otherGateway.sampleUsage();
            assertThat(fixture.cloud.requests("listVirtualMachines")).isEqualTo(lists);

            // The next minute only the other gateway samples: it counts from the first one's reading.
            moveToNextPass();
            otherGateway.sampleUsage();
            compute.sampleUsage();
            List<UsageSample> samples = compute.machines().usage(account, machine, START, LATER);
            assertThat(samples).extracting(UsageSample::minute).containsExactly(minute(1));
            assertFullMinute(samples.getFirst());
            assertThat(otherGateway.machines().usage(account, machine, START, LATER)).isEqualTo(samples);
        }
    }

    @Test
    void anAdapterWithASchedulerSamplesOnAThreadOfItsOwnUntilClosed() throws InterruptedException {
        CloudStackCompute scheduled = fixture.newAdapter(Executors.newSingleThreadScheduledExecutor());
        Thread sampling = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("cloudstack-usage")).findFirst().orElseThrow();

        scheduled.close();

        sampling.join(Duration.ofSeconds(5));
        assertThat(sampling.isAlive()).isFalse();
    }

    private String launchRunning(String account) {
        String image = compute.images().visibleTo(account).getFirst().id();
        Machine launched = compute.machines().launch(account, new LaunchSpec(image, "t3.micro", null, null, List.of(),
                null, null, List.of(), null, false));
        awaitState(account, launched.id(), MachineState.RUNNING);
        return launched.id();
    }

    private void awaitState(String account, String machine, MachineState state) {
        fixture.await(() -> compute.machines().find(account, machine).orElseThrow().state(), state::equals);
    }

    /** Moves the clock to 5 s past the next minute, where the sampling thread runs, and samples. */
    private Instant pass() {
        Instant at = moveToNextPass();
        compute.sampleUsage();
        return at;
    }

    private Instant moveToNextPass() {
        Instant now = fixture.clock.instant();
        Instant at = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)).plusSeconds(5);
        fixture.elapse(Duration.between(now, at));
        return at;
    }

    private static Instant minute(int sinceStart) {
        return START.plus(Duration.ofMinutes(sinceStart));
    }

    /** Exactly one minute of the fake's growth: a difference of the counters, not their totals. */
    private static void assertFullMinute(UsageSample sample) {
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
