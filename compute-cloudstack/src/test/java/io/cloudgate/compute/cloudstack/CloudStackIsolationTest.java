package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.Address;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One tenant never sees or touches another's CloudStack resources: the kit's isolation case on every resource
 * but created networks (which this adapter does not make), each tenant in its own CloudStack account.
 */
class CloudStackIsolationTest {
    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(8, 200, 3));
    private final CloudStackCompute compute = fixture.compute;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void anotherTenantsResourcesAreNotFound() {
        String owner = fixture.newAccount();
        String intruder = fixture.newAccount();
        Machine machine = compute.machines().launch(owner, spec(owner));
        fixture.await(() -> compute.machines().find(owner, machine.id()).orElseThrow(),
                m -> m.state() == MachineState.RUNNING);
        Volume root = compute.volumes().find(owner, machine.disks().get(0).volumeId()).orElseThrow();
        Snapshot snapshot = compute.volumes().snapshot(owner, root.id(), null);
        SecurityGroup group = compute.securityGroups().create(owner, compute.networks().defaultNetwork(owner).id(),
                "private", "owner's");
        Address address = compute.addresses().allocate(owner);
        compute.keyPairs().register(owner, "owner-key", "ssh-ed25519 AAAAowner");

        assertThat(compute.machines().find(intruder, machine.id())).isEmpty();
        assertThat(compute.volumes().find(intruder, root.id())).isEmpty();
        assertThat(compute.volumes().findSnapshot(intruder, snapshot.id())).isEmpty();
        assertThat(compute.securityGroups().find(intruder, group.id())).isEmpty();
        assertThat(compute.addresses().find(intruder, address.id())).isEmpty();
        assertThat(compute.machines().list(intruder)).isEmpty();
        assertThat(compute.volumes().list(intruder)).isEmpty();
        assertThat(compute.keyPairs().list(intruder)).isEmpty();
        assertThat(compute.securityGroups().list(intruder)).extracting(SecurityGroup::id).doesNotContain(group.id());

        notFound(() -> compute.machines().stop(intruder, machine.id(), false));
        notFound(() -> compute.machines().terminate(intruder, machine.id()));
        notFound(() -> compute.machines().consoleOutput(intruder, machine.id()));
        notFound(() -> compute.volumes().detach(intruder, root.id(), true));
        notFound(() -> compute.volumes().deleteSnapshot(intruder, snapshot.id()));
        notFound(() -> compute.securityGroups().delete(intruder, group.id()));
        notFound(() -> compute.securityGroups().authorize(intruder, group.id(), true,
                List.of(new FirewallRule(null, "tcp", 22, 22, "0.0.0.0/0", null, null, null))));
        notFound(() -> compute.addresses().associate(intruder, address.id(), machine.id()));
        notFound(() -> compute.addresses().release(intruder, address.id()));
        notFound(() -> compute.images().capture(intruder, machine.id(), "stolen", null));
        notFound(() -> compute.keyPairs().delete(intruder, "owner-key"));
        notFound(() -> compute.machines().launch(intruder, new LaunchSpec(machine.imageId(), "t3.micro", null, null,
                List.of(group.id()), null, null, List.of(), null, false)));

        Address own = compute.addresses().allocate(intruder);
        notFound(() -> compute.addresses().associate(intruder, own.id(), machine.id()));
        Volume intruderVolume = compute.volumes().create(intruder, machine.zone(), 1, null, null, null, null);
        notFound(() -> compute.volumes().attach(intruder, intruderVolume.id(), machine.id(), "/dev/sdz"));
        assertThat(compute.machines().find(owner, machine.id()).orElseThrow().state()).isEqualTo(MachineState.RUNNING);
        assertThat(compute.addresses().find(owner, address.id()).orElseThrow().machineId()).isNull();
    }

    private LaunchSpec spec(String account) {
        String image = compute.images().visibleTo(account).stream().filter(i -> i.architecture().equals("x86_64"))
                .findFirst().orElseThrow().id();
        return new LaunchSpec(image, "t3.micro", null, null, List.of(), null, null, List.of(), null, false);
    }

    private static void notFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ComputeException.class,
                e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.NOT_FOUND));
    }
}
