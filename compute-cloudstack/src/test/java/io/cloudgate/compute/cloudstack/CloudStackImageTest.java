package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CreateImage on CloudStack: from a stopped machine a template of its ROOT volume at once; from a running one
 * through a snapshot of it, shown pending under the id the capture got until the template is ready, the snapshot
 * then deleted. Captured images are their owner's, launchable, and named uniquely.
 */
class CloudStackImageTest {
    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(8, 200, 3));
    private final CloudStackCompute compute = fixture.compute;
    private final String owner = fixture.newAccount();
    private final String other = fixture.newAccount();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aRunningMachineIsCapturedThroughASnapshotOfItsRootVolume() {
        Machine machine = running(launch(catalogImage()));
        Image captured = compute.images().capture(owner, machine.id(), "web-image", "captured running");
        assertThat(captured.state()).isEqualTo("pending");
        assertThat(captured.owner()).isEqualTo(owner);
        assertThat(captured.sizeGib()).isEqualTo(8);
        assertThat(compute.images().find(owner, captured.id())).contains(captured);
        assertThat(compute.images().visibleTo(owner)).contains(captured);
        assertThatThrownBy(() -> compute.images().capture(owner, machine.id(), "web-image", null))
                .isInstanceOfSatisfying(ComputeException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ALREADY_EXISTS));

        Image available = fixture.await(() -> compute.images().find(owner, captured.id()).orElseThrow(),
                image -> image.state().equals("available"));
        assertThat(available.id()).as("the id the capture got").isEqualTo(captured.id());
        assertThat(available.name()).isEqualTo("web-image");
        assertThat(available.isPublic()).isFalse();
        assertThat(compute.images().find(other, captured.id())).isEmpty();
        assertThat(fixture.await(() -> compute.volumes().snapshots(owner), List::isEmpty))
                .as("the snapshot it was made from is gone").isEmpty();

        Machine fromCapture = launch(captured.id());
        assertThat(fromCapture.imageId()).isEqualTo(captured.id());
        assertThat(running(fromCapture).imageId()).isEqualTo(captured.id());
        compute.images().deregister(owner, captured.id());
        assertThat(compute.images().find(owner, captured.id())).isEmpty();
    }

    @Test
    void aStoppedMachineIsCapturedFromItsRootVolume() {
        Machine machine = running(launch(catalogImage()));
        compute.machines().stop(owner, machine.id(), false);
        fixture.await(() -> compute.machines().find(owner, machine.id()).orElseThrow(),
                m -> m.state() == MachineState.STOPPED);
        Image captured = compute.images().capture(owner, machine.id(), "stopped-image", null);
        assertThat(captured.state()).isEqualTo("pending");
        assertThat(fixture.await(() -> compute.images().find(owner, captured.id()).orElseThrow(),
                image -> image.state().equals("available")).sizeGib()).isEqualTo(8);
        assertThat(compute.volumes().snapshots(owner)).isEmpty();
    }

    private String catalogImage() {
        return compute.images().visibleTo(owner).stream().filter(i -> i.architecture().equals("x86_64")).findFirst()
                .orElseThrow().id();
    }

    private Machine launch(String image) {
        return compute.machines().launch(owner, new LaunchSpec(image, "t3.micro", null, null, List.of(), null, null,
                List.of(), null, false));
    }

    private Machine running(Machine machine) {
        return fixture.await(() -> compute.machines().find(owner, machine.id()).orElseThrow(),
                m -> m.state() == MachineState.RUNNING);
    }
}
