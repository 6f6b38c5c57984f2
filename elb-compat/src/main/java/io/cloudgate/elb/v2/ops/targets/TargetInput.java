package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.MachineState;
import io.cloudgate.elb.core.InstanceMembers;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;

/** Checks targets being registered: instances must be the account's and running; ips IPv4 literals. */
final class TargetInput {
    private final InstanceMembers instances;

    TargetInput(InstanceMembers instances) {
        this.instances = instances;
    }

    List<TargetGroupDoc.TargetDoc> registered(String account, TargetGroupDoc group, List<TargetDescription> targets) {
        if (targets.isEmpty()) {
            throw AwsException.validation("At least one target must be specified");
        }
        List<TargetGroupDoc.TargetDoc> parsed = new ArrayList<>();
        for (TargetDescription target : targets) {
            if (target.id() == null) {
                throw AwsException.validation("A target ID must be specified");
            }
            int port = target.port() != null ? target.port() : group.port();
            if (port < 1 || port > 65535) {
                throw AwsException.validation("Target port '" + port + "' must be between 1 and 65535");
            }
            String zone = target.availabilityZone();
            if ("ip".equals(group.targetType())) {
                if (!ipv4(target.id())) {
                    throw V2Errors.invalidTarget(target.id());
                }
            } else {
                InstanceMembers.InstanceTarget instance = instances.find(account, target.id())
                        .orElseThrow(() -> V2Errors.invalidTarget(target.id()));
                if (!instance.running() && instance.state() != MachineState.PENDING) {
                    throw V2Errors.notRunning(target.id());
                }
                zone = instance.zone();
            }
            parsed.add(new TargetGroupDoc.TargetDoc(target.id(), port, zone));
        }
        return parsed;
    }

    static boolean ipv4(String value) {
        if (!value.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        for (String octet : value.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
