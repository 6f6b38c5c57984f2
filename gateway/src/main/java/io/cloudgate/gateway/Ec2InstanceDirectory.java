package io.cloudgate.gateway;

import io.cloudgate.cloudwatch.builtin.InstanceDirectory;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.instances.InstanceSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The built-in CloudWatch metrics' view of EC2 instances: EC2 ids mapped as EC2 maps them, detailed monitoring as
 * MonitorInstances set it, and the CPU override tag from the EC2 tag store.
 */
final class Ec2InstanceDirectory implements InstanceDirectory {
    private final Ec2Context ec2;
    private final InstanceSettings settings;

    Ec2InstanceDirectory(Ec2Context ec2, InstanceSettings settings) {
        this.ec2 = ec2;
        this.settings = settings;
    }

    @Override
    public List<Instance> instances(String account) {
        Predicate<String> monitoring = settings.detailedMonitoring(account);
        Map<String, Map<String, String>> tags = ec2.tags().all(account);
        return ec2.compute().machines().list(account).stream().map(machine -> {
            String instanceId = ec2.ids().toAws(ResourceKind.INSTANCE, machine.id());
            return instance(instanceId, machine, monitoring, tags.getOrDefault(instanceId, Map.of()));
        }).toList();
    }

    @Override
    public Optional<Instance> find(String account, String instanceId) {
        if (instanceId == null || !ResourceKind.INSTANCE.isWellFormed(instanceId)) {
            return Optional.empty();
        }
        return ec2.ids().toBackend(ResourceKind.INSTANCE, instanceId)
                .flatMap(machineId -> ec2.compute().machines().find(account, machineId))
                .map(machine -> instance(instanceId, machine, settings.detailedMonitoring(account),
                        ec2.tags().of(account, instanceId)));
    }

    private static Instance instance(String instanceId, Machine machine, Predicate<String> monitoring,
                                     Map<String, String> tags) {
        return new Instance(instanceId, machine.id(), monitoring.test(machine.id()),
                InstanceDirectory.cpuOverride(tags.get(CPU_OVERRIDE_TAG)),
                machine.state() == MachineState.RUNNING ? null : machine.stateChangedAt());
    }
}
