package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.RebootInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RebootInstancesResponse;

/** Reboots running instances; the answer carries nothing but success. */
final class RebootInstances implements Operation<RebootInstancesRequest, RebootInstancesResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;

    RebootInstances(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public RebootInstancesResponse handle(RebootInstancesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<InstanceView> views = lookup.require(account, StateChanges.requireIds(request.instanceIds()));
        for (InstanceView view : views) {
            if (view.state() != MachineState.RUNNING && view.state() != MachineState.PENDING) {
                throw notRebootable(view.instanceId());
            }
        }
        DryRun.check(request.dryRun());
        for (InstanceView view : views) {
            try {
                context.compute().machines().reboot(account, view.machine().id());
            } catch (ComputeException e) {
                if (e.kind() == ComputeException.Kind.INVALID_STATE) {
                    throw notRebootable(view.instanceId());
                }
                throw ComputeErrors.toAws(e, ResourceKind.INSTANCE, view.instanceId());
            }
        }
        return RebootInstancesResponse.builder().build();
    }

    private static AwsException notRebootable(String instanceId) {
        return StateChanges.incorrectState("The instance '" + instanceId
                + "' is not in a state from which it can be rebooted.");
    }
}
