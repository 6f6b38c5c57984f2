package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.StartInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StartInstancesResponse;

/** Starts stopped instances; a start can meet the same quota and capacity limits as a launch. */
final class StartInstances implements Operation<StartInstancesRequest, StartInstancesResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;

    StartInstances(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public StartInstancesResponse handle(StartInstancesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<InstanceView> views = lookup.require(account, StateChanges.requireIds(request.instanceIds()));
        for (InstanceView view : views) {
            if (StateChanges.gone(view.state()) || view.state() == MachineState.STOPPING) {
                throw notStartable(view.instanceId());
            }
        }
        DryRun.check(request.dryRun());
        List<InstanceStateChange> changes = new ArrayList<>();
        for (InstanceView view : views) {
            MachineState previous = view.state();
            if (previous != MachineState.STOPPED) {
                changes.add(StateChanges.of(view.instanceId(), previous, previous));
                continue;
            }
            changes.add(StateChanges.of(view.instanceId(), previous, start(account, view).state()));
        }
        return StartInstancesResponse.builder().startingInstances(changes).build();
    }

    private Machine start(String account, InstanceView view) {
        try {
            return context.compute().machines().start(account, view.machine().id());
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.INVALID_STATE) {
                throw notStartable(view.instanceId());
            }
            throw CapacityErrors.of(e, context, account, 1, view.machine().machineType(), view.machine().zone(),
                    view.instanceId());
        }
    }

    private static AwsException notStartable(String instanceId) {
        return StateChanges.incorrectState("The instance '" + instanceId
                + "' is not in a state from which it can be started.");
    }
}
