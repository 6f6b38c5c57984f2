package io.cloudgate.elb.v2.ops.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.elb.v2.input.HealthCheckInput;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.loadbalancer.MemberHealth;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealth;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

class TargetHealthStatesTest {
    private final TargetHealthStates states = new TargetHealthStates(new TargetGroupDoc("arn", "g", "tg", "HTTP",
            null, 80, "vpc-1", "instance", HealthCheckInput.defaults("HTTP"), Map.of(), Map.of(), List.of(),
            Instant.EPOCH));
    private final TargetGroupDoc.TargetDoc target = new TargetGroupDoc.TargetDoc("i-0123456789abcdef0", 8080, null);

    @Test
    void dataPlaneReasonsBecomeAwsReasonCodes() {
        assertThat(reason(MemberHealth.State.UNHEALTHY, "status 503")).isEqualTo("Target.ResponseCodeMismatch");
        assertThat(reason(MemberHealth.State.UNHEALTHY, "timeout")).isEqualTo("Target.Timeout");
        assertThat(reason(MemberHealth.State.UNHEALTHY, "connection refused")).isEqualTo("Target.FailedHealthChecks");
        assertThat(reason(MemberHealth.State.INITIAL, null)).isEqualTo("Elb.InitialHealthChecking");
        assertThat(reason(MemberHealth.State.DRAINING, "draining")).isEqualTo("Target.DeregistrationInProgress");
        assertThat(describe(MemberHealth.State.HEALTHY, null).stateAsString()).isEqualTo("healthy");
        assertThat(describe(MemberHealth.State.HEALTHY, null).reason()).isNull();
    }

    @Test
    void unusedGroupsAndStoppedInstancesOverrideTheDataPlane() {
        MemberHealth healthy = member(MemberHealth.State.HEALTHY, null);
        assertThat(states.describe(target, true, true, healthy).targetHealth().reasonAsString())
                .isEqualTo("Target.NotInUse");
        assertThat(states.describe(target, false, false, healthy).targetHealth().reasonAsString())
                .isEqualTo("Target.InvalidState");
        TargetHealthDescription unknown = states.notRegistered("i-0fedcba9876543210", 80, null);
        assertThat(unknown.targetHealth().reasonAsString()).isEqualTo("Target.NotRegistered");
        assertThat(unknown.healthCheckPort()).isEqualTo("80");
    }

    @Test
    void drainingMembersNameTheirTargetAndPort() {
        TargetHealthDescription draining = states.draining(member(MemberHealth.State.DRAINING, "draining"));
        assertThat(draining.target().id()).isEqualTo("i-0123456789abcdef0");
        assertThat(draining.target().port()).isEqualTo(8080);
        assertThat(draining.targetHealth().stateAsString()).isEqualTo("draining");
    }

    private String reason(MemberHealth.State state, String reason) {
        return describe(state, reason).reasonAsString();
    }

    private TargetHealth describe(MemberHealth.State state, String reason) {
        return states.describe(target, false, true, member(state, reason)).targetHealth();
    }

    private static MemberHealth member(MemberHealth.State state, String reason) {
        return new MemberHealth("tg", "i-0123456789abcdef0:8080", state, reason);
    }
}
