package io.cloudgate.compute.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Subnet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PrivateAddressesTest {
    private static final Subnet SUBNET = new Subnet("subnet-1", "a", "net-1", "10.0.0.0/28", "zone-a", false, 11,
            "available");

    @Test
    void givesTheLowestFreeUsableAddress() {
        assertThat(PrivateAddresses.pick(SUBNET, List.of(), null)).isEqualTo("10.0.0.4");
        assertThat(PrivateAddresses.pick(SUBNET, machines("10.0.0.4", "10.0.0.6"), null)).isEqualTo("10.0.0.5");
        List<Machine> elsewhere = List.of(machine("subnet-2", "10.0.0.4"));
        assertThat(PrivateAddresses.pick(SUBNET, elsewhere, null)).isEqualTo("10.0.0.4");
    }

    @Test
    void refusesAFullSubnetAndAddressesNotFreeOrNotUsable() {
        List<Machine> all = new ArrayList<>();
        for (int last = 4; last <= 14; last++) {
            all.add(machine("subnet-1", "10.0.0." + last));
        }
        assertInvalid(() -> PrivateAddresses.pick(SUBNET, all, null), "has no free addresses");
        assertInvalid(() -> PrivateAddresses.pick(SUBNET, machines("10.0.0.9"), "10.0.0.9"), "is in use");
        Stream.of("10.0.0.3", "10.0.0.15", "10.0.1.4").forEach(address ->
                assertInvalid(() -> PrivateAddresses.pick(SUBNET, List.of(), address), "is not a usable address"));
        assertThat(PrivateAddresses.pick(SUBNET, machines("10.0.0.9"), "10.0.0.10")).isEqualTo("10.0.0.10");
    }

    @Test
    void anAddressIsTheSameHoweverItWasWritten() {
        assertInvalid(() -> PrivateAddresses.pick(SUBNET, machines("10.0.0.010"), "10.0.0.10"), "is in use");
        assertThat(PrivateAddresses.pick(SUBNET, machines("10.0.0.04"), null)).isEqualTo("10.0.0.5");
    }

    @Test
    void parsesOnlyDottedQuads() {
        assertThat(Cidr.parseAddress("10.0.255.4", "x")).isEqualTo((10L << 24) | (255L << 8) | 4);
        Stream.of("", "1.2.3", "1.2.3.4.", ".1.2.3", "1..2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.0004", "a.b.c.d",
                "1.2.3.-4", "1.2.3.4 ").forEach(text ->
                assertThatThrownBy(() -> Cidr.parseAddress(text, text)).isInstanceOf(ComputeException.class));
        assertThatThrownBy(() -> Cidr.parseAddress(null, "null")).isInstanceOf(ComputeException.class);
    }

    private static void assertInvalid(Runnable pick, String message) {
        assertThatThrownBy(pick::run).isInstanceOfSatisfying(ComputeException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID_ARGUMENT);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static List<Machine> machines(String... addresses) {
        return Stream.of(addresses).map(address -> machine("subnet-1", address)).toList();
    }

    private static Machine machine(String subnetId, String address) {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        return new Machine("m-" + address, "a", "img", "t3.micro", "zone-a", "net-1", subnetId, address, null,
                List.of("sg"), null, null, MachineState.RUNNING, null, now, now, List.of(), "/dev/xvda");
    }
}
