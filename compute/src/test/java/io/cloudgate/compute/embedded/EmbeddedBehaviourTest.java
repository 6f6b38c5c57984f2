package io.cloudgate.compute.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is specific to the embedded cloud: its defaults, catalogs, timings and durability. */
class EmbeddedBehaviourTest {
    private final SettableClock clock = new SettableClock();
    private final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    private final EmbeddedCompute compute = EmbeddedCompute.open(store, clock, EmbeddedSettings.defaults());

    private LaunchSpec ubuntu() {
        String image = ImageCatalog.idOf("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301");
        return new LaunchSpec(image, "t3.micro", null, null, List.of(), null, null, List.of(), null, false);
    }

    @Test
    void defaultsAreThoseOfAnAwsRegion() {
        EmbeddedSettings defaults = EmbeddedSettings.defaults();
        assertThat(defaults.zones()).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(defaults.withRegion("eu-west-3").zones()).containsExactly("eu-west-3a", "eu-west-3b", "eu-west-3c");
        assertThat(defaults.machineQuotaPerAccount()).isEqualTo(20);
        assertThat(defaults.addressQuotaPerAccount()).isEqualTo(5);
        assertThat(defaults.bootDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.terminatedRetention()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void machineTypesHaveTheirPublishedSizes() {
        assertThat(compute.machineTypes().find("t2.micro")).contains(
                new MachineType("t2.micro", 1, 1024, List.of("i386", "x86_64"), true));
        assertThat(compute.machineTypes().find("t4g.small")).contains(
                new MachineType("t4g.small", 2, 2048, List.of("arm64"), true));
        assertThat(compute.machineTypes().find("m5.large")).contains(
                new MachineType("m5.large", 2, 8192, List.of("x86_64"), false));
        assertThat(compute.machineTypes().find("c5.xlarge")).contains(
                new MachineType("c5.xlarge", 4, 8192, List.of("x86_64"), false));
        assertThat(compute.machineTypes().find("r5.2xlarge")).contains(
                new MachineType("r5.2xlarge", 8, 65536, List.of("x86_64"), false));
        assertThat(compute.machineTypes().list()).extracting(MachineType::name).doesNotHaveDuplicates();
    }

    @Test
    void catalogImageIdsAreStableAcrossStarts() {
        DocumentStore otherStore = MvStoreDocumentStore.inMemory(clock);
        List<Image> again = EmbeddedCompute.open(otherStore, clock,
                EmbeddedSettings.defaults()).images().visibleTo("a");
        assertThat(compute.images().visibleTo("b")).containsExactlyElementsOf(again);
        assertThat(again).extracting(Image::name).contains(ImageCatalog.WEB_SERVER);
        assertThat(again).allMatch(image -> image.sizeGib() == 8 && image.rootDeviceName().startsWith("/dev/"));
    }

    @Test
    void transitionsTakeTheConfiguredTimes() {
        Machine machine = compute.machines().launch("a", ubuntu());
        clock.advance(Duration.ofMillis(1999));
        assertThat(compute.machines().find("a", machine.id()).orElseThrow().state()).isEqualTo(MachineState.PENDING);
        clock.advance(Duration.ofMillis(1));
        Machine running = compute.machines().find("a", machine.id()).orElseThrow();
        assertThat(running.state()).isEqualTo(MachineState.RUNNING);
        assertThat(running.stateChangedAt()).isEqualTo(machine.launchedAt().plusSeconds(2));
        assertThat(running.stateReason()).isNull();

        compute.machines().stop("a", machine.id(), false);
        clock.advance(Duration.ofSeconds(1));
        Machine stopped = compute.machines().find("a", machine.id()).orElseThrow();
        assertThat(stopped.state()).isEqualTo(MachineState.STOPPED);
        assertThat(stopped.stateReason()).isEqualTo("Client.UserInitiatedShutdown: User initiated shutdown");

        compute.machines().terminate("a", machine.id());
        clock.advance(Duration.ofSeconds(1));
        Machine terminated = compute.machines().find("a", machine.id()).orElseThrow();
        assertThat(terminated.state()).isEqualTo(MachineState.TERMINATED);
        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertThat(compute.machines().find("a", machine.id())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(compute.machines().find("a", machine.id())).isEmpty();
    }

    @Test
    void snapshotProgressGrowsWithTime() {
        Volume volume = compute.volumes().create("a", "us-east-1a", 4, null, null, null, null);
        assertThat(volume.volumeType()).isEqualTo("gp2");
        clock.advance(Duration.ofSeconds(1));
        Snapshot snapshot = compute.volumes().snapshot("a", volume.id(), null);
        clock.advance(Duration.ofSeconds(1));
        Snapshot halfway = compute.volumes().findSnapshot("a", snapshot.id()).orElseThrow();
        assertThat(halfway.state()).isEqualTo("pending");
        assertThat(halfway.progressPercent()).isEqualTo(50);
    }

    @Test
    void consoleShowsTheEc2StyleHostName() {
        Machine machine = compute.machines().launch("a", ubuntu());
        assertThat(compute.machines().consoleOutput("a", machine.id())).isEmpty();
        clock.advance(Duration.ofSeconds(3));
        assertThat(machine.privateAddress()).isEqualTo("172.31.0.4");
        assertThat(compute.machines().consoleOutput("a", machine.id()))
                .contains("ip-172-31-0-4.ec2.internal login:")
                .contains("ubuntu-jammy-22.04-amd64-server");
    }

    @Test
    void stateSurvivesReopeningTheStore() {
        Machine machine = compute.machines().launch("a", ubuntu());
        String address = compute.addresses().allocate("a").publicAddress();
        EmbeddedCompute reopened = EmbeddedCompute.open(store, clock, EmbeddedSettings.defaults());
        clock.advance(Duration.ofSeconds(2));
        Machine found = reopened.machines().find("a", machine.id()).orElseThrow();
        assertThat(found.state()).isEqualTo(MachineState.RUNNING);
        assertThat(found.disks()).isEqualTo(machine.disks());
        assertThat(reopened.addresses().allocate("b").publicAddress()).isNotEqualTo(address);
        assertThat(reopened.machines().launch("a", ubuntu()).privateAddress()).isNotEqualTo(machine.privateAddress());
    }

    @Test
    void pendingImagesCannotBeLaunchedYet() {
        Machine machine = compute.machines().launch("a", ubuntu());
        clock.advance(Duration.ofSeconds(2));
        Image image = compute.images().capture("a", machine.id(), "mine", null);
        LaunchSpec spec = new LaunchSpec(image.id(), "t3.micro", null, null, List.of(), null, null, List.of(), null,
                false);
        assertThatThrownBy(() -> compute.machines().launch("a", spec)).isInstanceOfSatisfying(ComputeException.class,
                e -> assertThat(e.kind()).isEqualTo(ComputeException.Kind.INVALID_STATE));
        clock.advance(Duration.ofSeconds(2));
        assertThat(compute.machines().launch("a", spec).imageId()).isEqualTo(image.id());
    }

    @Test
    void capturedAndCopiedImagesHaveTheirOwnRootSnapshots() {
        Machine machine = compute.machines().launch("a", ubuntu());
        Image captured = compute.images().capture("a", machine.id(), "captured", null);
        Image copied = compute.images().copy("a", captured.id(), "copied", null);
        String capturedRoot = compute.images().rootSnapshotId("a", captured.id()).orElseThrow();
        String copiedRoot = compute.images().rootSnapshotId("a", copied.id()).orElseThrow();
        assertThat(capturedRoot).isNotEqualTo(copiedRoot);
        assertThat(compute.volumes().findSnapshot("a", capturedRoot).orElseThrow().volumeId())
                .isEqualTo(machine.disks().get(0).volumeId());
        assertThat(compute.volumes().findSnapshot("a", copiedRoot).orElseThrow().sizeGib()).isEqualTo(8);
        assertThat(compute.images().rootSnapshotId("b", captured.id())).isEmpty();
        compute.images().share("a", captured.id(), false, Set.of("b"));
        assertThat(compute.images().rootSnapshotId("b", captured.id())).contains(capturedRoot);
        String catalogRoot = compute.images().rootSnapshotId("a", machine.imageId()).orElseThrow();
        assertThat(compute.volumes().publicSnapshots()).extracting(snapshot -> snapshot.id()).contains(catalogRoot);
    }
}
