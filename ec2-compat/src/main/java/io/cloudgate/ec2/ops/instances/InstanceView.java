package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.util.Map;

/** One instance as EC2 shows it: the cloud's machine, EC2's own record of it, and its tags. */
record InstanceView(String instanceId, Machine machine, InstanceRecord record, Map<String, String> tags) {

    MachineState state() {
        return machine.state();
    }

    /** Terminated instances keep their id and state but have given back their network and disks. */
    boolean released() {
        return machine.state() == MachineState.TERMINATED;
    }
}
