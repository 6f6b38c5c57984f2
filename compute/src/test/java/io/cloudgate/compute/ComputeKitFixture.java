package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the kit's tests need from the backend under test, and helpers they share. Every test works in
 * fresh accounts, so a backend may be shared between tests.
 */
public interface ComputeKitFixture {
    /** How many one-second steps {@link #await} takes before giving up. */
    int MAX_STEPS = 600;

    Compute compute();

    /** Lets time pass: a simulated backend moves its clock, a real one sleeps. */
    void elapse(Duration duration);

    KitLimits limits();

    /**
     * The zone the kit makes subnets of new networks in: the first, unless the backend makes networks only in some
     * zones (a CloudStack VPC lives in one zone without security groups).
     */
    default String subnetZone() {
        return compute().zones().list().get(0).name();
    }

    default String newAccount() {
        return "kit-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Polls the value, letting a second pass between polls, until it satisfies the condition. */
    default <T> T await(Supplier<T> value, Predicate<T> condition) {
        for (int step = 0; step < MAX_STEPS; step++) {
            T current = value.get();
            if (condition.test(current)) {
                return current;
            }
            elapse(Duration.ofSeconds(1));
        }
        throw new AssertionError("Condition not reached; last value " + value.get());
    }

    default Machine awaitState(String account, String machineId, MachineState state) {
        return await(() -> compute().machines().find(account, machineId).orElseThrow(),
                machine -> machine.state() == state);
    }

    /** A public (catalog) image of the architecture. */
    default Image publicImage(String account, String architecture) {
        return compute().images().visibleTo(account).stream()
                .filter(image -> image.owner() == null && image.isPublic() && image.state().equals("available"))
                .filter(image -> image.architecture().equals(architecture))
                .findFirst().orElseThrow();
    }

    /** The machine type with the fewest vCPUs (or the most, when largest) that runs the architecture. */
    default MachineType machineType(String architecture, boolean largest) {
        Comparator<MachineType> byVcpus = Comparator.comparingInt(MachineType::vcpus);
        return compute().machineTypes().list().stream()
                .filter(type -> type.architectures().contains(architecture))
                .max(largest ? byVcpus : byVcpus.reversed()).orElseThrow();
    }

    default LaunchSpec basicSpec(String account) {
        return new LaunchSpec(publicImage(account, "x86_64").id(), machineType("x86_64", false).name(), null, null,
                List.of(), null, null, List.of(), null, false);
    }

    default LaunchSpec specInSubnet(String account, String subnetId, boolean publicAddress) {
        LaunchSpec basic = basicSpec(account);
        return new LaunchSpec(basic.imageId(), basic.machineType(), null, subnetId, List.of(), null, null, List.of(),
                null, publicAddress);
    }

    default Machine launch(String account) {
        return compute().machines().launch(account, basicSpec(account));
    }

    default Machine launchRunning(String account) {
        return awaitState(account, launch(account).id(), MachineState.RUNNING);
    }

    default Machine launchStopped(String account) {
        Machine running = launchRunning(account);
        compute().machines().stop(account, running.id(), false);
        return awaitState(account, running.id(), MachineState.STOPPED);
    }

    default void assertFails(ComputeException.Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ComputeException.class,
                e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind));
    }

    default Subnet defaultSubnet(String account, String zone) {
        Network network = compute().networks().defaultNetwork(account);
        return compute().networks().subnets(account).stream()
                .filter(s -> s.networkId().equals(network.id()) && s.isDefault() && s.zone().equals(zone))
                .findFirst().orElseThrow();
    }

    default SecurityGroup defaultGroup(String account, String networkId) {
        return compute().securityGroups().list(account).stream()
                .filter(g -> g.networkId().equals(networkId) && g.name().equals("default"))
                .findFirst().orElseThrow();
    }

    default Volume rootVolume(String account, Machine machine) {
        AttachedDisk root = machine.disks().stream()
                .filter(d -> d.deviceName().equals(machine.rootDeviceName())).findFirst().orElseThrow();
        return compute().volumes().find(account, root.volumeId()).orElseThrow();
    }
}
