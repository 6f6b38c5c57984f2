package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One instance as EC2 shows it: the cloud's machine, EC2's own record of it, and its tags. The record may be
 * loaded on first use, so a listing decodes only the records of the instances it filters on or shows. A
 * view belongs to one request.
 */
final class InstanceView {
    private final String instanceId;
    private final Machine machine;
    private final Map<String, String> tags;
    private Supplier<InstanceRecord> loader;
    private InstanceRecord record;

    InstanceView(String instanceId, Machine machine, InstanceRecord record, Map<String, String> tags) {
        this.instanceId = instanceId;
        this.machine = machine;
        this.record = record;
        this.tags = tags;
    }

    InstanceView(String instanceId, Machine machine, Supplier<InstanceRecord> loader, Map<String, String> tags) {
        this.instanceId = instanceId;
        this.machine = machine;
        this.loader = loader;
        this.tags = tags;
    }

    String instanceId() {
        return instanceId;
    }

    Machine machine() {
        return machine;
    }

    Map<String, String> tags() {
        return tags;
    }

    InstanceRecord record() {
        if (record == null) {
            record = loader.get();
            loader = null;
        }
        return record;
    }

    MachineState state() {
        return machine.state();
    }

    /** Terminated instances keep their id and state but have given back their network and disks. */
    boolean released() {
        return machine.state() == MachineState.TERMINATED;
    }
}
