package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StopInstancesResponse;

/** Stops instances; stop protection (disableApiStop) refuses the whole call, as on EC2. */
final class StopInstances implements Operation<StopInstancesRequest, StopInstancesResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;

    StopInstances(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public StopInstancesResponse handle(StopInstancesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<InstanceView> views = lookup.require(account, StateChanges.requireIds(request.instanceIds()));
        for (InstanceView view : views) {
            if (view.record().protection().disableApiStop()) {
                throw AwsException.badRequest("OperationNotPermitted", "The instance '" + view.instanceId()
                        + "' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.");
            }
            if (StateChanges.gone(view.state()) || view.state() == MachineState.PENDING) {
                throw notStoppable(view.instanceId());
            }
        }
        DryRun.check(request.dryRun());
        boolean force = Boolean.TRUE.equals(request.force());
        List<InstanceStateChange> changes = new ArrayList<>();
        for (InstanceView view : views) {
            MachineState previous = view.state();
            if (previous == MachineState.STOPPED || previous == MachineState.STOPPING) {
                changes.add(StateChanges.of(view.instanceId(), previous, previous));
                continue;
            }
            changes.add(StateChanges.of(view.instanceId(), previous, stop(account, view, force).state()));
        }
        return StopInstancesResponse.builder().stoppingInstances(changes).build();
    }

    private Machine stop(String account, InstanceView view, boolean force) {
        try {
            return context.compute().machines().stop(account, view.machine().id(), force);
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.INVALID_STATE) {
                throw notStoppable(view.instanceId());
            }
            throw ComputeErrors.toAws(e, ResourceKind.INSTANCE, view.instanceId());
        }
    }

    private static AwsException notStoppable(String instanceId) {
        return StateChanges.incorrectState("This instance '" + instanceId
                + "' is not in a state from which it can be stopped.");
    }
}
