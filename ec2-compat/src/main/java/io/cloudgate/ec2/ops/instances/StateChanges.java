package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.MachineState;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;

/** What Start/Stop/TerminateInstances answer per instance, and the checks they share. */
final class StateChanges {
    private StateChanges() {
    }

    static InstanceStateChange of(String instanceId, MachineState previous, MachineState current) {
        return InstanceStateChange.builder()
                .instanceId(instanceId)
                .previousState(InstanceStates.of(previous))
                .currentState(InstanceStates.of(current))
                .build();
    }

    /** The ids a state-change call must name. */
    static List<String> requireIds(List<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter InstanceId");
        }
        return instanceIds;
    }

    static AwsException incorrectState(String message) {
        return AwsException.badRequest("IncorrectInstanceState", message);
    }

    static boolean gone(MachineState state) {
        return state == MachineState.SHUTTING_DOWN || state == MachineState.TERMINATED;
    }
}
