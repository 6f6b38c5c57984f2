package io.cloudgate.compute.cloudstack;

import static io.cloudgate.compute.cloudstack.UsageMinutes.KIB;
import static io.cloudgate.compute.cloudstack.UsageMinutes.LATER;
import static io.cloudgate.compute.cloudstack.UsageMinutes.START;
import static io.cloudgate.compute.cloudstack.UsageMinutes.assertFullMinute;
import static io.cloudgate.compute.cloudstack.UsageMinutes.minute;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.UsageSample;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import io.cloudgate.compute.cloudstack.fake.FakeVmStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Machines' usage through the port on CloudStack before 4.17 ({@link CloudStackUsageHistoryTest} for later ones),
 * sampled from the fake's moving VM statistics: the fake's counters grow at fixed rates while a VM runs, so a minute's sample is exactly a minute of growth. The clock is moved to a few seconds past
 * each minute and the adapter samples there, as its sampling thread does.
 */
class CloudStackUsageTest {
    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(4, 200, 2));
    private final CloudStackCompute compute = fixture.compute;

    CloudStackUsageTest() {
        fixture.cloud.runVersion("4.16.1.0");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aRunningMachineGetsOneSampleOfEachEndedMinuteWithWhatItUsedInThatMinute() {
        String account = fixture.newAccount();
        String machine = fixture.launchRunning(account);

        List<Instant> passes = List.of(fixture.usagePass(), fixture.usagePass(), fixture.usagePass(), fixture.usagePass());

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
        String machine = fixture.launchRunning(account);
        fixture.usagePass();
        fixture.usagePass();

        compute.machines().stop(account, machine, false);
        fixture.awaitState(account, machine, MachineState.STOPPED);
        compute.machines().start(account, machine);
        fixture.awaitState(account, machine, MachineState.RUNNING);
        fixture.usagePass();
        UsageSample restartMinute = compute.machines().usage(account, machine, minute(2), minute(3)).getFirst();
        // The counters started again from zero: the minute has what they counted since, not a negative difference.
        assertThat(restartMinute.networkInBytes()).isPositive()
                .isLessThan(60 * FakeVmStats.NETWORK_READ_KIB_PER_SECOND * KIB);
        assertThat(List.of(restartMinute.networkOutBytes(), restartMinute.diskReadBytes(),
                restartMinute.diskWriteBytes(), restartMinute.diskReadOps(), restartMinute.diskWriteOps()))
                .allMatch(value -> value > 0);

        compute.machines().stop(account, machine, false);
        fixture.awaitState(account, machine, MachineState.STOPPED);
        fixture.usagePass();
        fixture.usagePass();
        fixture.usagePass();
        assertThat(compute.machines().usage(account, machine, minute(3), LATER)).isEmpty();

        compute.machines().start(account, machine);
        fixture.awaitState(account, machine, MachineState.RUNNING);
        fixture.usagePass();
        fixture.usagePass();
        List<UsageSample> afterStart = compute.machines().usage(account, machine, minute(3), LATER);
        assertThat(afterStart).extracting(UsageSample::minute).containsExactly(minute(7));
        assertFullMinute(afterStart.getFirst());
    }

    @Test
    void aTenantReadsOnlyItsOwnMachinesUsage() {
        String first = fixture.newAccount();
        String second = fixture.newAccount();
        String firstMachine = fixture.launchRunning(first);
        String secondMachine = fixture.launchRunning(second);
        fixture.usagePass();
        fixture.usagePass();

        assertThat(compute.machines().usage(first, firstMachine, START, LATER)).hasSize(1);
        assertThat(compute.machines().usage(second, secondMachine, START, LATER)).hasSize(1);
        assertThat(compute.machines().usage(second, firstMachine, START, LATER)).isEmpty();
        assertThat(compute.machines().usage(first, secondMachine, START, LATER)).isEmpty();
        assertThat(compute.machines().usage("an-unlinked-tenant", firstMachine, START, LATER)).isEmpty();
    }

    @Test
    void gatewaysSharingTheStoreListEachTenantOnceAMinuteAndContinueEachOthersCounting() {
        String account = fixture.newAccount();
        String machine = fixture.launchRunning(account);
        try (CloudStackCompute otherGateway = fixture.newAdapter(null)) {
            fixture.usagePass();
            int lists = fixture.cloud.requests("listVirtualMachines");
            otherGateway.sampleUsage();
            assertThat(fixture.cloud.requests("listVirtualMachines")).isEqualTo(lists);

            // The next minute only the other gateway samples: it counts from the first one's reading.
            fixture.moveToNextUsagePass();
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
}
