package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.ComputeException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing of one account can be seen or changed by another: it simply does not exist there. */
public interface IsolationKit extends ComputeKitFixture {

    @Test
    default void anotherAccountsResourcesAreNotFound() {
        String owner = newAccount();
        String intruder = newAccount();
        Machine machine = launchRunning(owner);
        Volume volume = rootVolume(owner, machine);
        Snapshot snapshot = compute().volumes().snapshot(owner, volume.id(), null);
        Network network = compute().networks().create(owner, "10.7.0.0/16");
        Subnet subnet = compute().networks().createSubnet(owner, network.id(), "10.7.0.0/24", machine.zone());
        SecurityGroup group = compute().securityGroups().create(owner, network.id(), "private", "owner's");
        Address address = compute().addresses().allocate(owner);
        compute().keyPairs().register(owner, "owner-key", "ssh-ed25519 AAAAowner");

        assertThat(compute().machines().find(intruder, machine.id())).isEmpty();
        assertThat(compute().volumes().find(intruder, volume.id())).isEmpty();
        assertThat(compute().volumes().findSnapshot(intruder, snapshot.id())).isEmpty();
        assertThat(compute().networks().find(intruder, network.id())).isEmpty();
        assertThat(compute().networks().findSubnet(intruder, subnet.id())).isEmpty();
        assertThat(compute().securityGroups().find(intruder, group.id())).isEmpty();
        assertThat(compute().addresses().find(intruder, address.id())).isEmpty();
        assertThat(compute().machines().list(intruder)).isEmpty();
        assertThat(compute().volumes().list(intruder)).isEmpty();
        assertThat(compute().keyPairs().list(intruder)).isEmpty();
        assertThat(compute().networks().list(intruder)).extracting(Network::id).doesNotContain(network.id());

        assertFails(Kind.NOT_FOUND, () -> compute().machines().stop(intruder, machine.id(), false));
        assertFails(Kind.NOT_FOUND, () -> compute().machines().terminate(intruder, machine.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().machines().consoleOutput(intruder, machine.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().volumes().detach(intruder, volume.id(), true));
        assertFails(Kind.NOT_FOUND, () -> compute().volumes().deleteSnapshot(intruder, snapshot.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().networks().delete(intruder, network.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().networks().createSubnet(intruder, network.id(), "10.7.1.0/24",
                null));
        assertFails(Kind.NOT_FOUND, () -> compute().securityGroups().delete(intruder, group.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().securityGroups().authorize(intruder, group.id(), true,
                List.of(new FirewallRule(null, "tcp", 22, 22, "0.0.0.0/0", null, null, null))));
        assertFails(Kind.NOT_FOUND, () -> compute().addresses().associate(intruder, address.id(), machine.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().addresses().release(intruder, address.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().images().capture(intruder, machine.id(), "stolen", null));
        assertFails(Kind.NOT_FOUND, () -> compute().keyPairs().delete(intruder, "owner-key"));
        assertFails(Kind.NOT_FOUND, () -> compute().machines().launch(intruder, specInSubnet(intruder, subnet.id(),
                false)));

        Address own = compute().addresses().allocate(intruder);
        assertFails(Kind.NOT_FOUND, () -> compute().addresses().associate(intruder, own.id(), machine.id()));
        Volume intruderVolume = compute().volumes().create(intruder, machine.zone(), 1, null, null, null, null);
        await(() -> compute().volumes().find(intruder, intruderVolume.id()).orElseThrow(),
                v -> v.state().equals("available"));
        assertFails(Kind.NOT_FOUND, () -> compute().volumes().attach(intruder, intruderVolume.id(), machine.id(),
                "/dev/sdz"));
        assertThat(compute().machines().find(owner,
                machine.id()).orElseThrow().state()).isEqualTo(MachineState.RUNNING);
    }

    @Test
    default void keyPairNamesArePerAccount() {
        String first = newAccount();
        String second = newAccount();
        KeyPair key = compute().keyPairs().register(first, "deploy", "ssh-ed25519 AAAAfirst");
        assertThat(key.owner()).isEqualTo(first);
        assertFails(Kind.ALREADY_EXISTS, () -> compute().keyPairs().register(first, "deploy", "ssh-ed25519 AAAAagain"));
        compute().keyPairs().register(second, "deploy", "ssh-ed25519 AAAAsecond");
        assertThat(compute().keyPairs().list(first)).extracting(KeyPair::publicKey)
                .containsExactly("ssh-ed25519 AAAAfirst");
        compute().keyPairs().delete(first, "deploy");
        assertThat(compute().keyPairs().list(first)).isEmpty();
        assertThat(compute().keyPairs().list(second)).hasSize(1);
    }
}
