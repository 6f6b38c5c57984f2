package io.cloudgate.gateway;

import io.cloudgate.cloudwatch.alarms.actions.InstanceActions;
import io.cloudgate.compute.Compute;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;

/**
 * CloudWatch alarm EC2 actions on the compute port: the alarm's EC2 instance id is mapped to the backend id as
 * EC2 does. Recover has no embedded equivalent of moving hosts, so it reboots the machine.
 */
final class Ec2InstanceActions implements InstanceActions {
    private final Compute compute;
    private final Ec2Ids ids;

    Ec2InstanceActions(Compute compute, Ec2Ids ids) {
        this.compute = compute;
        this.ids = ids;
    }

    @Override
    public void perform(String account, String instanceId, Verb verb) {
        String machineId = ids.requireBackend(ResourceKind.INSTANCE, instanceId);
        switch (verb) {
            case STOP -> compute.machines().stop(account, machineId, false);
            case TERMINATE -> compute.machines().terminate(account, machineId);
            case REBOOT, RECOVER -> compute.machines().reboot(account, machineId);
        }
    }
}
