package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudgate.compute.ComputeException.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account quotas and the cloud's capacity fail with their own kinds, and free up again. */
public interface QuotaKit extends ComputeKitFixture {
    /** Beyond this a quota test would take too long against a real cloud. */
    int REACHABLE = 64;

    @Test
    default void machineQuotaCountsMachinesThatAreNotTerminated() {
        assumeTrue(limits().machinesPerAccount() <= REACHABLE, "machine quota too large to reach");
        String account = newAccount();
        List<Machine> launched = new ArrayList<>();
        for (int i = 0; i < limits().machinesPerAccount(); i++) {
            launched.add(launch(account));
        }
        assertFails(Kind.MACHINE_QUOTA, () -> launch(account));
        assertThat(launch(newAccount()).state()).as("other accounts are unaffected").isEqualTo(MachineState.PENDING);
        compute().machines().terminate(account, launched.get(0).id());
        awaitState(account, launched.get(0).id(), MachineState.TERMINATED);
        assertThat(launch(account).state()).isEqualTo(MachineState.PENDING);
    }

    @Test
    default void cloudCapacityIsSharedByAllAccounts() {
        MachineType largest = machineType("x86_64", true);
        int fitting = limits().vcpuCapacity() / largest.vcpus();
        assumeTrue(fitting <= REACHABLE && fitting < limits().machinesPerAccount() * 4, "capacity too large to reach");
        List<String> accounts = List.of(newAccount(), newAccount(), newAccount(), newAccount());
        List<Machine> launched = new ArrayList<>();
        ComputeException refused = null;
        for (int i = 0; i <= fitting && refused == null; i++) {
            String account = accounts.get(i % accounts.size());
            LaunchSpec b = basicSpec(account);
            try {
                launched.add(compute().machines().launch(account, new LaunchSpec(b.imageId(), largest.name(), null,
                        null, List.of(), null, null, List.of(), null, false)));
            } catch (ComputeException e) {
                refused = e;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.kind()).isEqualTo(Kind.CAPACITY);
        assertThat(launched).hasSizeLessThanOrEqualTo(fitting);
        Machine victim = launched.get(0);
        compute().machines().terminate(victim.owner(), victim.id());
        LaunchSpec b = basicSpec(victim.owner());
        assertThat(compute().machines().launch(victim.owner(), new LaunchSpec(b.imageId(), largest.name(), null, null,
                List.of(), null, null, List.of(), null, false)).state()).isEqualTo(MachineState.PENDING);
    }

    @Test
    default void stoppedMachinesGiveBackTheirCapacity() {
        MachineType largest = machineType("x86_64", true);
        int fitting = limits().vcpuCapacity() / largest.vcpus();
        assumeTrue(fitting >= 1 && fitting < limits().machinesPerAccount(), "capacity too large to reach");
        String account = newAccount();
        LaunchSpec b = basicSpec(account);
        LaunchSpec big = new LaunchSpec(b.imageId(), largest.name(), null, null, List.of(), null, null, List.of(), null,
                false);
        List<Machine> launched = new ArrayList<>();
        for (int i = 0; i < fitting; i++) {
            launched.add(compute().machines().launch(account, big));
        }
        assertFails(Kind.CAPACITY, () -> compute().machines().launch(account, big));
        Machine first = awaitState(account, launched.get(0).id(), MachineState.RUNNING);
        compute().machines().stop(account, first.id(), false);
        awaitState(account, first.id(), MachineState.STOPPED);
        Machine replacement = compute().machines().launch(account, big);
        assertFails(Kind.CAPACITY, () -> compute().machines().start(account, first.id()));
        compute().machines().terminate(account, replacement.id());
        assertThat(compute().machines().start(account, first.id()).state()).isEqualTo(MachineState.PENDING);
    }

    @Test
    default void volumeQuotaLimitsTheTotalSizeOfAnAccountsVolumes() {
        String account = newAccount();
        String zone = compute().zones().list().get(0).name();
        int quota = limits().volumeGibPerAccount();
        assumeTrue(quota <= 16384, "volume quota larger than one volume");
        Volume most = compute().volumes().create(account, zone, quota - 1, null, null, null, null);
        assertFails(Kind.VOLUME_QUOTA, () -> compute().volumes().create(account, zone, 2, null, null, null, null));
        assertFails(Kind.VOLUME_QUOTA, () -> launch(account));
        assertThat(compute().volumes().create(newAccount(), zone, 2, null, null, null, null).sizeGib()).isEqualTo(2);
        compute().volumes().delete(account, most.id());
        assertThat(compute().volumes().create(account, zone, 2, null, null, null, null).sizeGib()).isEqualTo(2);
    }
}
