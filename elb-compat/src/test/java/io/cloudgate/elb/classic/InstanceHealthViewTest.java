package io.cloudgate.elb.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudgate.compute.MachineState;
import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import io.cloudgate.elb.core.InstanceMembers.InstanceTarget;
import io.cloudgate.loadbalancer.MemberHealth;
import io.cloudgate.loadbalancer.MemberHealth.State;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancing.model.InstanceState;

class InstanceHealthViewTest {
    private final ClassicBalancer balancer = ClassicTranslationTest.balancer(
            List.of(new ClassicListener("HTTP", 80, "HTTP", 80, null, List.of())),
            List.of("i-ok", "i-bad", "i-new", "i-stopped", "i-far"));

    @Test
    void mapsMemberHealthAndInstanceStateToAwsStatesReasonsAndDescriptions() {
        Map<String, InstanceTarget> targets = Map.of(
                "i-ok", running("i-ok", "us-east-1a"), "i-bad", running("i-bad", "us-east-1a"),
                "i-new", running("i-new", "us-east-1a"), "i-far", running("i-far", "us-east-1c"),
                "i-stopped", new InstanceTarget("i-stopped", MachineState.STOPPED, "127.1.0.4", "us-east-1a"),
                "i-other", running("i-other", "us-east-1a"));
        List<MemberHealth> health = List.of(
                new MemberHealth("pool-80", "i-ok", State.HEALTHY, null),
                new MemberHealth("pool-80", "i-bad", State.UNHEALTHY, "connection refused"),
                new MemberHealth("pool-80", "i-new", State.INITIAL, null));

        List<InstanceState> states = InstanceHealthView.states(balancer,
                List.of("i-ok", "i-bad", "i-new", "i-stopped", "i-far", "i-other", "i-gone"), targets, health);

        assertThat(states).extracting(InstanceState::instanceId, InstanceState::state, InstanceState::reasonCode,
                InstanceState::description).containsExactly(
                tuple("i-ok", "InService", "N/A", "N/A"),
                tuple("i-bad", "OutOfService", "Instance",
                        "Instance has failed at least the UnhealthyThreshold number of health checks consecutively."),
                tuple("i-new", "OutOfService", "ELB",
                        "Instance registration is still in progress."),
                tuple("i-stopped", "OutOfService", "Instance",
                        "Instance is in stopped state."),
                tuple("i-far", "OutOfService", "ELB", InstanceHealthView.OTHER_ZONE),
                tuple("i-other", "OutOfService", "ELB",
                        "Instance is not currently registered with the LoadBalancer."));
    }

    private static InstanceTarget running(String id, String zone) {
        return new InstanceTarget(id, MachineState.RUNNING, "127.1.0.1", zone);
    }
}
