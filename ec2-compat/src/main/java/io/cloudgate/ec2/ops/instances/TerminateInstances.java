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
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;

/**
 * Terminates instances. Termination protection really protects: one protected instance refuses the
 * whole call before anything is terminated, so a script deleting a large group by accident stops there.
 */
final class TerminateInstances implements Operation<TerminateInstancesRequest, TerminateInstancesResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;

    TerminateInstances(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public TerminateInstancesResponse handle(TerminateInstancesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<InstanceView> views = lookup.require(account, StateChanges.requireIds(request.instanceIds()));
        for (InstanceView view : views) {
            if (view.record().protection().disableApiTermination() && !StateChanges.gone(view.state())) {
                throw AwsException.badRequest("OperationNotPermitted", "The instance '" + view.instanceId()
                        + "' may not be terminated. Modify its 'disableApiTermination' instance attribute and "
                        + "try again.");
            }
        }
        DryRun.check(request.dryRun());
        List<InstanceStateChange> changes = new ArrayList<>();
        for (InstanceView view : views) {
            MachineState previous = view.state();
            MachineState current = StateChanges.gone(previous) ? previous : terminate(account, view);
            changes.add(StateChanges.of(view.instanceId(), previous, current));
        }
        return TerminateInstancesResponse.builder().terminatingInstances(changes).build();
    }

    private MachineState terminate(String account, InstanceView view) {
        try {
            return context.compute().machines().terminate(account, view.machine().id()).state();
        } catch (ComputeException e) {
            throw ComputeErrors.toAws(e, ResourceKind.INSTANCE, view.instanceId());
        }
    }
}
