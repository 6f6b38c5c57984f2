package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.ComputeException.Kind;
import org.junit.jupiter.api.Test;

/** Volumes: creation, attach and detach rules, growth only, snapshots and what they back. */
public interface VolumeKit extends ComputeKitFixture {

    default Volume availableVolume(String account, String zone, int sizeGib) {
        Volume created = compute().volumes().create(account, zone, sizeGib, "gp3", null, null, null);
        assertThat(created.state()).isIn("creating", "available");
        return await(() -> compute().volumes().find(account, created.id()).orElseThrow(),
                v -> v.state().equals("available"));
    }

    @Test
    default void volumesAttachInTheirZoneAtAFreeDevice() {
        String account = newAccount();
        Machine machine = launchRunning(account);
        String otherZone = compute().zones().list().stream().map(Zone::name)
                .filter(z -> !z.equals(machine.zone())).findFirst().orElseThrow();
        Volume elsewhere = availableVolume(account, otherZone, 5);
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().volumes().attach(account, elsewhere.id(), machine.id(),
                "/dev/sdf"));

        Volume data = availableVolume(account, machine.zone(), 5);
        assertThat(data.volumeType()).isEqualTo("gp3");
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().volumes().attach(account, data.id(), machine.id(),
                machine.rootDeviceName()));
        Volume attached = compute().volumes().attach(account, data.id(), machine.id(), "/dev/sdf");
        assertThat(attached.machineId()).isEqualTo(machine.id());
        assertThat(attached.attachment().deviceName()).isEqualTo("/dev/sdf");
        assertThat(await(() -> compute().volumes().find(account, data.id()).orElseThrow(),
                v -> v.state().equals("in-use"))
                .machineId()).isEqualTo(machine.id());
        assertThat(compute().machines().find(account, machine.id()).orElseThrow().disks())
                .extracting(AttachedDisk::volumeId).contains(data.id());
        assertFails(Kind.IN_USE, () -> compute().volumes().attach(account, data.id(), machine.id(), "/dev/sdg"));
        assertFails(Kind.IN_USE, () -> compute().volumes().delete(account, data.id()));

        Volume detached = compute().volumes().detach(account, data.id(), false);
        assertThat(detached.machineId()).isNull();
        assertThat(compute().machines().find(account, machine.id()).orElseThrow().disks())
                .extracting(AttachedDisk::volumeId).doesNotContain(data.id());
        assertFails(Kind.INVALID_STATE, () -> compute().volumes().detach(account, data.id(), false));
        compute().volumes().delete(account, data.id());
        assertThat(compute().volumes().find(account, data.id())).isEmpty();
    }

    @Test
    default void rootVolumeDetachesOnlyFromAStoppedMachine() {
        String account = newAccount();
        Machine running = launchRunning(account);
        Volume root = rootVolume(account, running);
        assertFails(Kind.INVALID_STATE, () -> compute().volumes().detach(account, root.id(), false));
        compute().machines().stop(account, running.id(), false);
        awaitState(account, running.id(), MachineState.STOPPED);
        assertThat(compute().volumes().detach(account, root.id(), false).machineId()).isNull();
    }

    @Test
    default void volumesOnlyGrow() {
        String account = newAccount();
        String zone = compute().zones().list().get(0).name();
        Volume volume = availableVolume(account, zone, 10);
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().volumes().modify(account, volume.id(), 5, null, null, null));
        Volume grown = compute().volumes().modify(account, volume.id(), 20, "io1", 1000, null);
        assertThat(grown.sizeGib()).isEqualTo(20);
        assertThat(grown.volumeType()).isEqualTo("io1");
        assertThat(grown.iops()).isEqualTo(1000);
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().volumes().create(account, zone, 0, null, null, null, null));
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().volumes().create(account, "no-such-zone", 1, null, null,
                null, null));
    }

    @Test
    default void snapshotsCompleteAndSeedNewVolumes() {
        String account = newAccount();
        String zone = compute().zones().list().get(0).name();
        Volume volume = availableVolume(account, zone, 7);
        Snapshot started = compute().volumes().snapshot(account, volume.id(), "kit snapshot");
        assertThat(started.state()).isIn("pending", "completed");
        assertThat(started.volumeId()).isEqualTo(volume.id());
        Snapshot done = await(() -> compute().volumes().findSnapshot(account, started.id()).orElseThrow(),
                s -> s.state().equals("completed"));
        assertThat(done.progressPercent()).isEqualTo(100);
        assertThat(done.sizeGib()).isEqualTo(7);
        assertThat(done.description()).isEqualTo("kit snapshot");

        Volume restored = compute().volumes().create(account, zone, 0, null, null, null, done.id());
        assertThat(restored.sizeGib()).isEqualTo(7);
        assertThat(restored.snapshotId()).isEqualTo(done.id());
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().volumes().create(account, zone, 3, null, null, null,
                done.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().volumes().create(account, zone, 0, null, null, null,
                "no-such-snapshot"));

        compute().volumes().deleteSnapshot(account, done.id());
        assertThat(compute().volumes().snapshots(account)).isEmpty();
        assertFails(Kind.NOT_FOUND, () -> compute().volumes().deleteSnapshot(account, done.id()));
    }

    @Test
    default void snapshotBackingAnImageCannotBeDeleted() {
        String account = newAccount();
        Volume volume = availableVolume(account, compute().zones().list().get(0).name(), 8);
        Snapshot snapshot = compute().volumes().snapshot(account, volume.id(), null);
        await(() -> compute().volumes().findSnapshot(account, snapshot.id()).orElseThrow(),
                s -> s.state().equals("completed"));
        Image image = compute().images().register(account, "kit-registered", null, "x86_64", "/dev/xvda",
                snapshot.id());
        assertThat(image.sizeGib()).isEqualTo(8);
        compute().images().rootSnapshotId(account, image.id())
                .ifPresent(root -> assertThat(root).isEqualTo(snapshot.id()));
        assertFails(Kind.IN_USE, () -> compute().volumes().deleteSnapshot(account, snapshot.id()));
        compute().images().deregister(account, image.id());
        compute().volumes().deleteSnapshot(account, snapshot.id());
    }

    @Test
    default void publicImagesHaveRootSnapshotsEveryAccountCanRestore() {
        String account = newAccount();
        Image image = publicImage(account, "x86_64");
        String rootId = compute().images().rootSnapshotId(account, image.id()).orElseThrow();
        Snapshot root = compute().volumes().findSnapshot(account, rootId).orElseThrow();
        assertThat(root.owner()).isNull();
        assertThat(root.state()).isEqualTo("completed");
        assertThat(root.sizeGib()).isEqualTo(image.sizeGib());
        assertThat(compute().volumes().publicSnapshots()).contains(root);
        assertThat(compute().volumes().snapshots(account)).doesNotContain(root);
        assertThat(compute().volumes().findSnapshot(newAccount(), rootId)).contains(root);

        Volume restored = compute().volumes().create(account, compute().zones().list().get(0).name(), 0, null, null,
                null, rootId);
        assertThat(restored.sizeGib()).isEqualTo(image.sizeGib());
        assertThat(restored.snapshotId()).isEqualTo(rootId);
        assertFails(Kind.NOT_FOUND, () -> compute().volumes().deleteSnapshot(account, rootId));
    }
}
