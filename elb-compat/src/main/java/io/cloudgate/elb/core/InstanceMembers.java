package io.cloudgate.elb.core;

import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Optional;

/**
 * Turns EC2 instances into data-plane members: where an instance can be reached from this host, and whether it
 * may take traffic at all (running and booting instances do; stopped ones do not).
 */
public final class InstanceMembers {
    private final Ec2Context ec2;
    private final int loopbackPortOffset;

    public InstanceMembers(Ec2Context ec2) {
        this(ec2, 0);
    }

    /**
     * @param loopbackPortOffset added to an instance's ports where it is reached at its loopback address: the
     *                           embedded cloud serves a machine's port 80 at 80 + this offset (the gateway's
     *                           --web-server-port-offset), so that an unprivileged host can run it
     */
    public InstanceMembers(Ec2Context ec2, int loopbackPortOffset) {
        this.ec2 = ec2;
        this.loopbackPortOffset = loopbackPortOffset;
    }

    /**
     * @param address    where the data plane connects to the instance: its loopback address, else its private one
     * @param zone       the machine's availability zone
     * @param portOffset added to the instance's ports where the data plane connects (0 unless reached at loopback)
     */
    public record InstanceTarget(String instanceId, MachineState state, String address, String zone,
                                 int portOffset) {
        public InstanceTarget(String instanceId, MachineState state, String address, String zone) {
            this(instanceId, state, address, zone, 0);
        }

        public boolean running() {
            return state == MachineState.RUNNING;
        }

        /** Whether the instance belongs in its pools: running, or booting (health checks admit it once it serves). */
        public boolean takesTraffic() {
            return state == MachineState.RUNNING || state == MachineState.PENDING;
        }

        /** Where the data plane reaches the instance's port (the port a client registered or configured). */
        public int port(int instancePort) {
            return instancePort + portOffset;
        }
    }

    /** The offset added to ports of instances reached at their loopback address (health-check ports too). */
    public int loopbackPortOffset() {
        return loopbackPortOffset;
    }

    /** The account's instance, or empty when the id is malformed, unknown, another account's or long gone. */
    public Optional<InstanceTarget> find(String account, String instanceId) {
        if (instanceId == null || !ResourceKind.INSTANCE.isWellFormed(instanceId)) {
            return Optional.empty();
        }
        return ec2.ids().toBackend(ResourceKind.INSTANCE, instanceId)
                .flatMap(machineId -> ec2.compute().machines().find(account, machineId))
                .filter(machine -> machine.state() != MachineState.TERMINATED)
                .map(machine -> new InstanceTarget(instanceId, machine.state(), reachableAddress(machine),
                        machine.zone(), machine.loopbackAddress() != null ? loopbackPortOffset : 0));
    }

    /**
     * The machine's loopback address when the cloud serves it on this host (the embedded cloud), else its private
     * address, which only a data plane on the cloud's network reaches.
     */
    private static String reachableAddress(Machine machine) {
        return machine.loopbackAddress() != null ? machine.loopbackAddress() : machine.privateAddress();
    }
}
