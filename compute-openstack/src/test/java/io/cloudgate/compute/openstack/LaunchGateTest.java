package io.cloudgate.compute.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LaunchGateTest {
    @Test
    void launchesBeyondTheRateWaitTheirTurn() {
        LaunchGate gate = new LaunchGate(2, Duration.ofSeconds(5));
        long started = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(gate.launch(() -> "server")).isEqualTo("server");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the third waited for the next second")
                .isGreaterThan(Duration.ofMillis(100));
    }

    @Test
    void aLaunchThatWouldWaitTooLongIsRefusedAsUnavailable() {
        LaunchGate gate = new LaunchGate(1, Duration.ZERO);
        gate.launch(() -> "first");
        assertThatThrownBy(() -> gate.launch(() -> "second")).isInstanceOfSatisfying(ComputeException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    }
}
