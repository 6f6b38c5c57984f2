package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads and writes machine documents, always presenting machines in their current (clock-derived) state. */
final class MachineRecords {
    private final ComputeTables tables;
    private final Lifecycle lifecycle;

    MachineRecords(ComputeTables tables, Lifecycle lifecycle) {
        this.tables = tables;
        this.lifecycle = lifecycle;
    }

    /** The account's machines still listed, in their current state. */
    List<MachineDoc> current(String account) {
        return tables.machines.all(account).stream().map(this::current).filter(Objects::nonNull).toList();
    }

    Optional<MachineDoc> find(String account, String machineId) {
        if (machineId == null) {
            return Optional.empty();
        }
        return tables.machines.get(account, machineId).map(this::current);
    }

    MachineDoc require(String account, String machineId) {
        return find(account, machineId).orElseThrow(() -> ComputeException.notFound("Machine " + machineId));
    }

    /**
     * Machines that are not (being) terminated: they hold addresses, subnets and groups. They are given as
     * last written (a PENDING one may be RUNNING by now): whether a machine is active, and what it holds, do
     * not change with time, and launches ask this of thousands of machines.
     */
    List<Machine> active(String account) {
        return tables.machines.unordered(account).stream().map(MachineDoc::machine)
                .filter(MachineRecords::isActive).toList();
    }

    void save(MachineDoc doc) {
        tables.machines.put(doc.machine().owner(), doc.machine().id(), doc);
    }

    /** Forgets machines terminated longer than the retention (only machines not active can have been). */
    void purgeExpired(String account) {
        for (MachineDoc stored : tables.machines.unordered(account)) {
            if (!isActive(stored.machine()) && lifecycle.machine(stored.machine()) == null) {
                tables.machines.delete(account, stored.machine().id());
            }
        }
    }

    static boolean isActive(Machine machine) {
        return machine.state() != MachineState.SHUTTING_DOWN && machine.state() != MachineState.TERMINATED;
    }

    private MachineDoc current(MachineDoc stored) {
        Machine machine = lifecycle.machine(stored.machine());
        return machine == null ? null : stored.withMachine(machine);
    }
}
