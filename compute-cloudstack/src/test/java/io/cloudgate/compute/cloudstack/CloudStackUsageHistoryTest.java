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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Machines' usage on CloudStack 4.17 and later (the fake runs the recorded 4.21.0.0): listVirtualMachines shows the
 * sum of the statistics entries the server still keeps, which stops growing once the fake's three minutes of entries
 * are full, so differences of it would give wrong minutes (nothing, once full); each minute is the sum of the
 * entries collected in it (one a minute, at 30 s past it), asked with listVirtualMachinesUsageHistory.
 */
class CloudStackUsageHistoryTest {
    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(4, 200, 2));
    private final CloudStackCompute compute = fixture.compute;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void everyMinuteHasWhatTheMachineUsedInItLongAfterTheListedSumsStoppedGrowing() {
        String account = fixture.newAccount();
        String machine = fixture.launchRunning(account);

        for (int i = 0; i < 7; i++) {
            fixture.usagePass();
        }

        List<UsageSample> samples = compute.machines().usage(account, machine, START, LATER);
        // The first minute is counted from the start: the first entry only covers the seconds since then.
        assertThat(samples).extracting(UsageSample::minute).containsExactly(minute(0), minute(1), minute(2),
                minute(3), minute(4), minute(5), minute(6));
        assertThat(samples.getFirst().networkInBytes()).isPositive()
                .isLessThan(60 * FakeVmStats.NETWORK_READ_KIB_PER_SECOND * KIB);
        for (UsageSample sample : samples.subList(1, samples.size())) {
            assertFullMinute(sample);
            assertThat(sample.cpuPercent()).isEqualTo(FakeVmStats.cpuPercent(sample.minute()));
        }
        assertThat(fixture.cloud.requests("listCapabilities")).isEqualTo(1);
        assertThat(fixture.cloud.requests("listVirtualMachinesUsageHistory")).isEqualTo(7);
    }

    @Test
    void aStoppedMachineGetsNoSamplesAndARestartedOneCountsItsNewRun() {
        String account = fixture.newAccount();
        String machine = fixture.launchRunning(account);
        fixture.usagePass();
        fixture.usagePass();
        compute.machines().stop(account, machine, false);
        fixture.awaitState(account, machine, MachineState.STOPPED);
        fixture.usagePass();
        fixture.usagePass();
        assertThat(compute.machines().usage(account, machine, minute(2), LATER)).isEmpty();

        compute.machines().start(account, machine);
        fixture.awaitState(account, machine, MachineState.RUNNING);
        fixture.usagePass();
        fixture.usagePass();
        List<UsageSample> afterStart = compute.machines().usage(account, machine, minute(4), LATER);
        assertThat(afterStart).extracting(UsageSample::minute).containsExactly(minute(4), minute(5));
        assertFullMinute(afterStart.getLast());
    }

    @Test
    void gatewaysSharingTheStoreAskEachTenantsHistoryOnceAMinuteAndARestartedOneMissesNoMinute() {
        String first = fixture.newAccount();
        String second = fixture.newAccount();
        String firstMachine = fixture.launchRunning(first);
        String secondMachine = fixture.launchRunning(second);
        fixture.usagePass();
        fixture.usagePass();
        try (CloudStackCompute restarted = fixture.newAdapter(null)) {
            int asked = fixture.cloud.requests("listVirtualMachinesUsageHistory");
            restarted.sampleUsage();
            assertThat(fixture.cloud.requests("listVirtualMachinesUsageHistory")).isEqualTo(asked);

            // The next minute only the restarted gateway samples: it needs nothing of the one before.
            fixture.moveToNextUsagePass();
            restarted.sampleUsage();
            compute.sampleUsage();
            assertThat(fixture.cloud.requests("listVirtualMachinesUsageHistory")).isEqualTo(asked + 2);
            List<UsageSample> samples = compute.machines().usage(first, firstMachine, START, LATER);
            assertThat(samples).extracting(UsageSample::minute).containsExactly(minute(0), minute(1), minute(2));
            assertFullMinute(samples.getLast());
            assertThat(restarted.machines().usage(first, firstMachine, START, LATER)).isEqualTo(samples);
        }
        assertThat(compute.machines().usage(second, secondMachine, minute(1), LATER))
                .extracting(UsageSample::minute).containsExactly(minute(1), minute(2));
        assertThat(compute.machines().usage(second, firstMachine, START, LATER)).isEmpty();
    }
}
