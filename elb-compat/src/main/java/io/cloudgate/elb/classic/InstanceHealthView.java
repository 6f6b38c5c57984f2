package io.cloudgate.elb.classic;

import io.cloudgate.elb.core.InstanceMembers.InstanceTarget;
import io.cloudgate.loadbalancer.MemberHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancing.model.InstanceState;

/** DescribeInstanceHealth's answer for each instance, with AWS's states, reason codes and descriptions. */
final class InstanceHealthView {
    static final String FAILED_CHECKS =
            "Instance has failed at least the UnhealthyThreshold number of health checks consecutively.";
    static final String IN_PROGRESS = "Instance registration is still in progress.";
    static final String NOT_REGISTERED = "Instance is not currently registered with the LoadBalancer.";
    static final String DEREGISTERING = "Instance deregistration currently in progress.";
    static final String OTHER_ZONE =
            "Instance is in an Availability Zone for which LoadBalancer is not configured to route traffic to.";

    private InstanceHealthView() {
    }

    /**
     * @param instanceIds the instances asked about, in order (registered or not)
     * @param targets     those that exist, by id
     * @param health      the data plane's view of every member of every pool of the balancer
     */
    static List<InstanceState> states(ClassicBalancer balancer, List<String> instanceIds,
                                      Map<String, InstanceTarget> targets, List<MemberHealth> health) {
        List<InstanceState> states = new ArrayList<>();
        for (String instanceId : instanceIds) {
            InstanceTarget target = targets.get(instanceId);
            if (target != null) {
                states.add(state(balancer, target, health));
            }
        }
        return states;
    }

    private static InstanceState state(ClassicBalancer balancer, InstanceTarget target,
                                       List<MemberHealth> health) {
        String id = target.instanceId();
        if (!balancer.instances().contains(id)) {
            return outOfService(id, "ELB", NOT_REGISTERED);
        }
        if (!target.running()) {
            return outOfService(id, "Instance",
                    "Instance is in " + target.state().name().toLowerCase(Locale.ROOT).replace('_', '-') + " state.");
        }
        if (!ClassicTranslation.inZone(balancer, target)) {
            return outOfService(id, "ELB", OTHER_ZONE);
        }
        List<MemberHealth.State> seen = health.stream().filter(h -> h.memberId().equals(id))
                .map(MemberHealth::state).toList();
        if (seen.contains(MemberHealth.State.UNHEALTHY)) {
            return outOfService(id, "Instance", FAILED_CHECKS);
        }
        if (seen.contains(MemberHealth.State.DRAINING)) {
            return outOfService(id, "ELB", DEREGISTERING);
        }
        if (seen.isEmpty() || seen.contains(MemberHealth.State.INITIAL)) {
            return outOfService(id, "ELB", IN_PROGRESS);
        }
        return InstanceState.builder().instanceId(id).state("InService").reasonCode("N/A").description("N/A")
                .build();
    }

    private static InstanceState outOfService(String instanceId, String reasonCode, String description) {
        return InstanceState.builder().instanceId(instanceId).state("OutOfService").reasonCode(reasonCode)
                .description(description).build();
    }
}
