package io.cloudgate.compute.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.UsageSample;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded cloud reports usage for the whole minutes its machines ran, the same on every read. */
class SimulatedUsageTest {
    private final SettableClock clock = new SettableClock();
    private final EmbeddedCompute compute = EmbeddedCompute.open(MvStoreDocumentStore.inMemory(clock), clock,
            EmbeddedSettings.defaults());

    private Machine launch() {
        return compute.machines().launch("a", new LaunchSpec(EmbeddedCompute.webServerImageId(), "t3.micro", null,
                null, List.of(), null, null, List.of(), null, false));
    }

    private List<UsageSample> usage(Machine machine, Instant from, Instant to) {
        return compute.machines().usage("a", machine.id(), from, to);
    }

    @Test
    void aRunningMachineHasOneSampleForEachEndedMinuteSinceLaunch() {
        Instant launched = clock.instant();
        Machine machine = launch();
        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        List<UsageSample> samples = usage(machine, launched.minus(Duration.ofHours(1)), clock.instant());
        assertThat(samples).extracting(UsageSample::minute)
                .containsExactly(launched, launched.plusSeconds(60), launched.plusSeconds(120),
                        launched.plusSeconds(180), launched.plusSeconds(240), launched.plusSeconds(300),
                        launched.plusSeconds(360), launched.plusSeconds(420), launched.plusSeconds(480), launched.plusSeconds(540));
        assertThat(samples).allSatisfy(sample -> {
            assertThat(sample.cpuPercent()).isBetween(0.1, 100.0);
            assertThat(sample.networkInBytes()).isPositive();
            assertThat(sample.networkPacketsIn()).isPositive().isLessThanOrEqualTo(sample.networkInBytes());
            assertThat(sample.diskWriteOps()).isPositive();
            assertThat(sample.instanceCheckFailed()).isFalse();
            assertThat(sample.systemCheckFailed()).isFalse();
        });
        // Values vary from minute to minute (an idle machine may sit at the 0.1 floor for several minutes).
        assertThat(samples.stream().map(UsageSample::networkInBytes).distinct().count()).isGreaterThan(5);
        assertThat(usage(machine, launched.plusSeconds(90), launched.plusSeconds(240)))
                .extracting(UsageSample::minute).containsExactly(launched.plusSeconds(120), launched.plusSeconds(180));
    }

    @Test
    void samplesAreAFunctionOfMachineAndMinute() {
        Instant launched = clock.instant();
        Machine first = launch();
        Machine second = launch();
        clock.advance(Duration.ofMinutes(5));
        List<UsageSample> once = usage(first, launched, clock.instant());
        assertThat(usage(first, launched, clock.instant())).isEqualTo(once);
        assertThat(SimulatedUsage.sample(first.id(), launched)).isEqualTo(once.getFirst());
        assertThat(usage(second, launched, clock.instant())).extracting(UsageSample::cpuPercent)
                .isNotEqualTo(once.stream().map(UsageSample::cpuPercent).toList());
    }

    @Test
    void aStoppedMachineHasNoSamplesAfterItStopped() {
        Instant launched = clock.instant();
        Machine machine = launch();
        clock.advance(Duration.ofMinutes(3));
        compute.machines().stop("a", machine.id(), false);
        clock.advance(Duration.ofMinutes(10));
        assertThat(usage(machine, launched, clock.instant())).hasSize(3);
        assertThat(compute.machines().usage("a", "no-such-machine", launched, clock.instant())).isEmpty();
        assertThat(compute.machines().usage("b", machine.id(), launched, clock.instant())).isEmpty();
    }
}
