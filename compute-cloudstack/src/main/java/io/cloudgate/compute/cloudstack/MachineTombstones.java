package io.cloudgate.compute.cloudstack;

import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Terminated machines as EC2 shows them for an hour after termination: CloudStack forgets a VM once it is
 * expunged, so the adapter keeps what Describe needs, written when the termination is asked for and shown once the
 * VM is gone. Kept in the DocumentStore with a time to live, so every gateway shows the same.
 */
final class MachineTombstones {
    static final Duration KEPT = Duration.ofHours(1);
    private static final int MAX_LISTED = 1000;

    /** What stays of a machine. */
    record Tombstone(String machineId, String imageId, String machineType, String zone, String networkId,
                     String subnetId, String privateAddress, List<String> securityGroupIds, String keyName,
                     Instant launchedAt, Instant terminatedAt) {
    }

    private final TypedTable<Tombstone> table;

    MachineTombstones(DocumentStore store) {
        this.table = new TypedTable<>(store.table("cloudstack-terminated-machines"), Tombstone.class);
    }

    /** Records the machine as terminated now; a second termination keeps the first record. */
    void bury(String tenant, Machine machine, Instant now) {
        table.putIfAbsent(tenant, machine.id(), new Tombstone(machine.id(), machine.imageId(), machine.machineType(),
                machine.zone(), machine.networkId(), machine.subnetId(), machine.privateAddress(),
                machine.securityGroupIds(), machine.keyName(), machine.launchedAt(), now), KEPT);
    }

    Optional<Machine> find(String tenant, String machineId) {
        return table.get(tenant, machineId).map(t -> toMachine(tenant, t));
    }

    List<Machine> list(String tenant) {
        return table.scan(tenant, null, MAX_LISTED).stream().map(t -> toMachine(tenant, t)).toList();
    }

    private static Machine toMachine(String tenant, Tombstone t) {
        return new Machine(t.machineId(), tenant, t.imageId(), t.machineType(), t.zone(), t.networkId(), t.subnetId(),
                t.privateAddress(), null, t.securityGroupIds(), t.keyName(), null, MachineState.TERMINATED,
                VmStates.USER_SHUTDOWN, t.launchedAt(), t.terminatedAt(), List.of(), Devices.ROOT);
    }
}
