package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.ComputeException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Machines move through their life cycle by themselves and refuse changes their state does not allow. */
public interface MachineLifecycleKit extends ComputeKitFixture {

    @Test
    default void zonesAndMachineTypesAreOffered() {
        assertThat(compute().zones().list()).isNotEmpty().allMatch(Zone::available);
        MachineType micro = compute().machineTypes().find("t3.micro").orElseThrow();
        assertThat(micro.vcpus()).isEqualTo(2);
        assertThat(micro.memoryMib()).isEqualTo(1024);
        assertThat(micro.burstable()).isTrue();
        assertThat(compute().machineTypes().find("no.such-type")).isEmpty();
    }

    @Test
    default void launchedMachineIsPendingThenRunningWithItsRootVolume() {
        String account = newAccount();
        String zone = compute().zones().list().get(0).name();
        Machine launched = launch(account);
        assertThat(launched.state()).isEqualTo(MachineState.PENDING);
        assertThat(launched.owner()).isEqualTo(account);
        assertThat(launched.zone()).isEqualTo(zone);
        assertThat(launched.subnetId()).isEqualTo(defaultSubnet(account, zone).id());
        assertThat(launched.securityGroupIds()).containsExactly(defaultGroup(account, launched.networkId()).id());
        assertThat(launched.publicAddress()).isNull();
        Volume root = rootVolume(account, launched);
        assertThat(root.machineId()).isEqualTo(launched.id());
        assertThat(root.sizeGib()).isEqualTo(publicImage(account, "x86_64").sizeGib());
        assertThat(root.attachment().deleteOnTermination()).isTrue();

        Machine running = awaitState(account, launched.id(), MachineState.RUNNING);
        assertThat(running.stateChangedAt()).isAfter(launched.launchedAt());
        assertThat(compute().machines().list(account)).extracting(Machine::id).containsExactly(launched.id());
    }

    @Test
    default void stopAndStartCycleThroughTransitionalStates() {
        String account = newAccount();
        Machine running = launchRunning(account);
        Machine stopping = compute().machines().stop(account, running.id(), false);
        assertThat(stopping.state()).isIn(MachineState.STOPPING, MachineState.STOPPED);
        Machine stopped = awaitState(account, running.id(), MachineState.STOPPED);
        assertThat(stopped.stateReason()).isNotBlank();
        assertThat(compute().machines().stop(account, running.id(), false).state()).isEqualTo(MachineState.STOPPED);

        Machine starting = compute().machines().start(account, running.id());
        assertThat(starting.state()).isIn(MachineState.PENDING, MachineState.RUNNING);
        assertThat(awaitState(account, running.id(), MachineState.RUNNING).privateAddress())
                .isEqualTo(running.privateAddress());
    }

    @Test
    default void terminationDeletesOnlyDeleteOnTerminationVolumes() {
        String account = newAccount();
        LaunchSpec basic = basicSpec(account);
        DiskSpec kept = new DiskSpec("/dev/sdf", 3, null, null, null, false);
        Machine launched = compute().machines().launch(account, new LaunchSpec(basic.imageId(), basic.machineType(),
                null, null, List.of(), null, null, List.of(kept), null, false));
        String keptVolume = launched.disks().stream().filter(d -> d.deviceName().equals("/dev/sdf"))
                .findFirst().orElseThrow().volumeId();
        String rootVolume = rootVolume(account, launched).id();
        awaitState(account, launched.id(), MachineState.RUNNING);

        Machine shuttingDown = compute().machines().terminate(account, launched.id());
        assertThat(shuttingDown.state()).isIn(MachineState.SHUTTING_DOWN, MachineState.TERMINATED);
        Machine terminated = awaitState(account, launched.id(), MachineState.TERMINATED);
        assertThat(terminated.disks()).isEmpty();
        await(() -> compute().volumes().find(account, rootVolume), java.util.Optional::isEmpty);
        Volume detached = await(() -> compute().volumes().find(account, keptVolume).orElseThrow(),
                v -> v.state().equals("available"));
        assertThat(detached.machineId()).isNull();
        assertThat(detached.sizeGib()).isEqualTo(3);
        assertThat(compute().machines().terminate(account, launched.id()).state()).isEqualTo(MachineState.TERMINATED);
    }

    @Test
    default void terminatedMachinesDisappearAfterAWhile() {
        String account = newAccount();
        Machine machine = launch(account);
        compute().machines().terminate(account, machine.id());
        awaitState(account, machine.id(), MachineState.TERMINATED);
        elapse(Duration.ofHours(2));
        assertThat(compute().machines().find(account, machine.id())).isEmpty();
        assertThat(compute().machines().list(account)).isEmpty();
    }

    @Test
    default void stateChangesOutOfOrderAreRefused() {
        String account = newAccount();
        Machine running = launchRunning(account);
        assertFails(Kind.INVALID_STATE, () -> compute().machines().resize(account, running.id(), "t3.small"));
        assertFails(Kind.INVALID_STATE, () -> compute().machines().setUserData(account, running.id(), new byte[] {1}));
        compute().machines().stop(account, running.id(), false);
        awaitState(account, running.id(), MachineState.STOPPED);
        assertFails(Kind.INVALID_STATE, () -> compute().machines().reboot(account, running.id()));
        compute().machines().terminate(account, running.id());
        assertFails(Kind.INVALID_STATE, () -> compute().machines().start(account, running.id()));
        assertFails(Kind.INVALID_STATE, () -> compute().machines().stop(account, running.id(), true));
    }

    @Test
    default void stoppedMachineCanBeResizedAndGivenNewUserData() {
        String account = newAccount();
        Machine stopped = launchStopped(account);
        assertThat(compute().machines().resize(account, stopped.id(), "t3.small").machineType()).isEqualTo("t3.small");
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().machines().resize(account, stopped.id(), "no.such-type"));
        byte[] script = "#!/bin/sh\necho hello\n".getBytes(StandardCharsets.UTF_8);
        compute().machines().setUserData(account, stopped.id(), script);
        Machine found = compute().machines().find(account, stopped.id()).orElseThrow();
        assertThat(found.userData()).isEqualTo(script);
        assertThat(found.machineType()).isEqualTo("t3.small");
    }

    @Test
    default void launchValidatesWhatItRefersTo() {
        String account = newAccount();
        LaunchSpec b = basicSpec(account);
        assertFails(Kind.NOT_FOUND, () -> compute().machines().launch(account, new LaunchSpec("no-such-image",
                b.machineType(), null, null, List.of(), null, null, List.of(), null, false)));
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().machines().launch(account, new LaunchSpec(b.imageId(),
                "no.such-type", null, null, List.of(), null, null, List.of(), null, false)));
        assertFails(Kind.NOT_FOUND, () -> compute().machines().launch(account, new LaunchSpec(b.imageId(),
                b.machineType(), null, null, List.of(), "no-such-key", null, List.of(), null, false)));
        assertFails(Kind.NOT_FOUND, () -> compute().machines().launch(account, new LaunchSpec(b.imageId(),
                b.machineType(), null, null, List.of("no-such-group"), null, null, List.of(), null, false)));
        String armImage = publicImage(account, "arm64").id();
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().machines().launch(account, new LaunchSpec(armImage,
                machineType("x86_64", false).name(), null, null, List.of(), null, null, List.of(), null, false)));
        assertThat(compute().machines().list(account)).isEmpty();
    }

    @Test
    default void requestedPrivateAddressIsHonouredOnceAndKeyNameRecorded() {
        String account = newAccount();
        String zone = compute().zones().list().get(0).name();
        Subnet subnet = defaultSubnet(account, zone);
        String wanted = subnet.cidr().substring(0, subnet.cidr().lastIndexOf('.')) + ".100";
        compute().keyPairs().register(account, "kit-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKit kit@test");
        LaunchSpec b = basicSpec(account);
        LaunchSpec withAddress = new LaunchSpec(b.imageId(), b.machineType(), zone, null, List.of(), "kit-key", null,
                List.of(), wanted, false);
        Machine machine = compute().machines().launch(account, withAddress);
        assertThat(machine.privateAddress()).isEqualTo(wanted);
        assertThat(machine.keyName()).isEqualTo("kit-key");
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().machines().launch(account, withAddress));
    }

    @Test
    default void automaticPublicAddressIsGivenBackOnStop() {
        String account = newAccount();
        Subnet subnet = defaultSubnet(account, compute().zones().list().get(0).name());
        Machine machine = compute().machines().launch(account, specInSubnet(account, subnet.id(), true));
        assertThat(machine.publicAddress()).isNotNull().isNotEqualTo(machine.privateAddress());
        awaitState(account, machine.id(), MachineState.RUNNING);
        compute().machines().stop(account, machine.id(), false);
        assertThat(awaitState(account, machine.id(), MachineState.STOPPED).publicAddress()).isNull();
        compute().machines().start(account, machine.id());
        assertThat(awaitState(account, machine.id(), MachineState.RUNNING).publicAddress()).isNotNull();
    }

    @Test
    default void consoleOutputShowsTheBootOfTheMachine() {
        String account = newAccount();
        Machine machine = launchRunning(account);
        String console = compute().machines().consoleOutput(account, machine.id());
        assertThat(console).contains(machine.privateAddress());
        assertThat(compute().machines().consoleOutput(account, machine.id())).isEqualTo(console);
    }

    @Test
    default void deleteOnTerminationCanBeChangedPerDevice() {
        String account = newAccount();
        Machine machine = launchRunning(account);
        Machine changed = compute().machines().setDeleteOnTermination(account, machine.id(), machine.rootDeviceName(),
                false);
        assertThat(changed.disks()).singleElement().satisfies(disk -> assertThat(disk.deleteOnTermination()).isFalse());
        Volume root = rootVolume(account, changed);
        assertThat(root.attachment().deleteOnTermination()).isFalse();
        assertFails(ComputeException.Kind.NOT_FOUND, () -> compute().machines().setDeleteOnTermination(account,
                machine.id(), "/dev/sdz", true));

        compute().machines().terminate(account, machine.id());
        awaitState(account, machine.id(), MachineState.TERMINATED);
        assertThat(compute().volumes().find(account, root.id())).hasValueSatisfying(volume -> {
            assertThat(volume.state()).isEqualTo("available");
            assertThat(volume.machineId()).isNull();
        });
    }

    @Test
    default void everyMachineHasItsOwnLoopbackAddressUntilTerminated() {
        String first = newAccount();
        String second = newAccount();
        List<Machine> machines = List.of(launchRunning(first), launchRunning(first), launchRunning(second));
        assertThat(machines).extracting(Machine::loopbackAddress)
                .allMatch(address -> address != null && address.matches("127\\.\\d+\\.\\d+\\.\\d+"))
                .doesNotHaveDuplicates();
        Machine stopped = launchStopped(second);
        compute().machines().start(second, stopped.id());
        assertThat(awaitState(second, stopped.id(), MachineState.RUNNING).loopbackAddress())
                .isEqualTo(stopped.loopbackAddress());
        assertThat(compute().machines().list(first)).extracting(Machine::loopbackAddress)
                .containsExactlyInAnyOrder(machines.get(0).loopbackAddress(), machines.get(1).loopbackAddress());
    }
}
