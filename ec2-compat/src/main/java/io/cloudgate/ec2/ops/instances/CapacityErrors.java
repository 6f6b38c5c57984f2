package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;

/**
 * The errors a launch or start gets when the account's quota or the cloud's capacity is used up, worded
 * as EC2 words them: cloud-burst tooling keys on these codes to decide when to go elsewhere.
 */
final class CapacityErrors {
    private CapacityErrors() {
    }

    /**
     * @param requested  how many more instances the call wanted to run when the cloud refused
     * @param instanceId the instance concerned, for errors other than quota and capacity (may be null)
     */
    static AwsException of(ComputeException e, Ec2Context context, String account, int requested,
                           String instanceType, String zone, String instanceId) {
        return switch (e.kind()) {
            case MACHINE_QUOTA -> instanceLimit(context, account, requested);
            case CAPACITY -> new AwsException(500, "InsufficientInstanceCapacity",
                    "We currently do not have sufficient " + instanceType + " capacity in the Availability Zone you "
                            + "requested (" + zone + "). Our system will be working on provisioning additional "
                            + "capacity.");
            default -> ComputeErrors.toAws(e, ResourceKind.INSTANCE, instanceId);
        };
    }

    /** The account runs its limit when the cloud refuses one more, so what it runs now is the limit. */
    private static AwsException instanceLimit(Ec2Context context, String account, int requested) {
        long limit = context.compute().machines().list(account).stream()
                .filter(machine -> machine.state() != MachineState.TERMINATED
                        && machine.state() != MachineState.SHUTTING_DOWN)
                .count();
        return AwsException.badRequest("InstanceLimitExceeded", "You have requested more instances ("
                + (limit + requested) + ") than your current instance limit of " + limit
                + " allows for the specified instance type. Please visit http://aws.amazon.com/contact-us/ec2-request "
                + "to request an adjustment to this limit.");
    }

    static boolean isCapacity(ComputeException e) {
        return e.kind() == ComputeException.Kind.MACHINE_QUOTA || e.kind() == ComputeException.Kind.CAPACITY;
    }
}
