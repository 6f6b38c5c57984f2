package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Launches a plan's instances one by one: up to MaxCount, stopping early when the quota or capacity runs out
 * and at least MinCount are running; with fewer, the ones launched are withdrawn and the call fails as EC2
 * fails it. Each instance gets its EC2 record and its tags before the call answers.
 */
final class Launcher {
    private final Ec2Context context;
    private final InstanceRecords records;

    Launcher(Ec2Context context, InstanceRecords records) {
        this.context = context;
        this.records = records;
    }

    List<InstanceView> launch(String account, LaunchPlan plan, String reservationId) {
        List<Machine> machines = new ArrayList<>();
        while (machines.size() < plan.maxCount()) {
            try {
                machines.add(context.compute().machines().launch(account, plan.spec()));
            } catch (ComputeException e) {
                if (CapacityErrors.isCapacity(e) && machines.size() >= plan.minCount()) {
                    break;
                }
                withdraw(account, machines);
                throw launchError(e, account, plan, plan.minCount() - machines.size());
            }
        }
        List<InstanceView> views = new ArrayList<>();
        for (int index = 0; index < machines.size(); index++) {
            views.add(record(account, plan, reservationId, index, machines.get(index)));
        }
        return views;
    }

    private InstanceView record(String account, LaunchPlan plan, String reservationId, int index, Machine machine) {
        String instanceId = context.ids().toAws(ResourceKind.INSTANCE, machine.id());
        String interfaceId = PrimaryInterfaces.id(context.ids(), machine.id());
        InstanceRecord record = plan.options().toRecord(instanceId, machine.id(), reservationId, index, interfaceId);
        records.put(account, record);
        tag(account, instanceId, plan.tagsFor("instance"));
        tag(account, interfaceId, plan.tagsFor("network-interface"));
        for (AttachedDisk disk : machine.disks()) {
            tag(account, context.ids().toAws(ResourceKind.VOLUME, disk.volumeId()), plan.tagsFor("volume"));
        }
        if (record.launchTemplateId() != null) {
            context.tags().putSystem(account, instanceId, Map.of(
                    "aws:ec2launchtemplate:id", record.launchTemplateId(),
                    "aws:ec2launchtemplate:version", record.launchTemplateVersion()));
        }
        return new InstanceView(instanceId, machine, record, context.tags().of(account, instanceId));
    }

    private void tag(String account, String resourceId, Map<String, String> tags) {
        if (!tags.isEmpty()) {
            context.tags().put(account, resourceId, tags);
        }
    }

    /**
     * Takes back what a failed call launched: hidden from every listing, terminated in the cloud, and every
     * volume launched with it deleted, including those that would outlive a normal termination.
     */
    private void withdraw(String account, List<Machine> machines) {
        for (Machine machine : machines) {
            records.withdraw(account, machine.id());
            try {
                context.compute().machines().terminate(account, machine.id());
                for (AttachedDisk disk : machine.disks()) {
                    if (!disk.deleteOnTermination()) {
                        context.compute().volumes().delete(account, disk.volumeId());
                    }
                }
            } catch (ComputeException e) {
                // Best effort: the instance stays hidden; the cloud reclaims what it can.
            }
        }
    }

    private AwsException launchError(ComputeException e, String account, LaunchPlan plan, int missing) {
        String address = plan.spec().privateAddress();
        return switch (e.kind()) {
            case MACHINE_QUOTA, CAPACITY -> CapacityErrors.of(e, context, account, Math.max(1, missing),
                    plan.spec().machineType(), plan.zone() == null ? context.region() : plan.zone(), null);
            case IN_USE, ALREADY_EXISTS -> address != null
                    ? AwsException.badRequest("InvalidIPAddress.InUse", "Address " + address + " is in use.")
                    : ComputeErrors.toAws(e, ResourceKind.INSTANCE, null);
            case NOT_FOUND -> AwsException.badRequest("InvalidParameterValue",
                    "A resource the launch refers to no longer exists.");
            default -> ComputeErrors.toAws(e, ResourceKind.INSTANCE, null);
        };
    }
}
