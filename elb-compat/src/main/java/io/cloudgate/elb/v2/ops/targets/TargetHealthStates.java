package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.loadbalancer.MemberHealth;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealth;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/** The data plane's member health in AWS's target health vocabulary (State, Reason, Description). */
final class TargetHealthStates {
    private final TargetGroupDoc group;

    TargetHealthStates(TargetGroupDoc group) {
        this.group = group;
    }

    /**
     * @param unused  no balancer forwards to the group
     * @param running the target can take traffic (ip targets always; instances when running)
     * @param member  the data plane's view, null when it has none
     */
    TargetHealthDescription describe(TargetGroupDoc.TargetDoc target, boolean unused, boolean running,
                                     MemberHealth member) {
        TargetHealth health;
        if (unused) {
            health = health("unused", "Target.NotInUse",
                    "Target group is not configured to receive traffic from the load balancer");
        } else if (!running) {
            health = health("unused", "Target.InvalidState", "Target is in the stopped state");
        } else {
            health = fromMember(member);
        }
        return describe(target.id(), target.port(), health);
    }

    TargetHealthDescription notRegistered(String id, int port, MemberHealth member) {
        if (member != null && member.state() == MemberHealth.State.DRAINING) {
            return draining(member);
        }
        return describe(id, port, health("unused", "Target.NotRegistered", "Target is not registered to the "
                + "target group"));
    }

    TargetHealthDescription draining(MemberHealth member) {
        int separator = member.memberId().lastIndexOf(':');
        return describe(member.memberId().substring(0, separator),
                Integer.parseInt(member.memberId().substring(separator + 1)), fromMember(member));
    }

    static TargetHealth fromMember(MemberHealth member) {
        if (member == null || member.state() == MemberHealth.State.INITIAL) {
            return health("initial", "Elb.InitialHealthChecking", "Initial health checks in progress");
        }
        return switch (member.state()) {
            case HEALTHY -> TargetHealth.builder().state("healthy").build();
            case DRAINING -> health("draining", "Target.DeregistrationInProgress",
                    "Target deregistration is in progress");
            default -> unhealthy(member.reason());
        };
    }

    /** The data plane's reason ("timeout", "status 503", "connection refused"...) as AWS's reason code. */
    static TargetHealth unhealthy(String reason) {
        if (reason != null && reason.startsWith("status")) {
            return health("unhealthy", "Target.ResponseCodeMismatch",
                    "Health checks failed with these codes: [" + reason.substring("status".length()).trim() + "]");
        }
        if (reason != null && reason.contains("timeout")) {
            return health("unhealthy", "Target.Timeout", "Request timed out");
        }
        return health("unhealthy", "Target.FailedHealthChecks", "Health checks failed");
    }

    private TargetHealthDescription describe(String id, int port, TargetHealth health) {
        return TargetHealthDescription.builder()
                .target(TargetDescription.builder().id(id).port(port).build())
                .healthCheckPort("traffic-port".equals(group.healthCheck().port()) ? String.valueOf(port)
                        : group.healthCheck().port())
                .targetHealth(health).build();
    }

    private static TargetHealth health(String state, String reason, String description) {
        return TargetHealth.builder().state(state).reason(reason).description(description).build();
    }
}
