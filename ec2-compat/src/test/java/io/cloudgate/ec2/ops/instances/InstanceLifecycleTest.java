package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.RebootInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StartInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StartInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StopInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;

class InstanceLifecycleTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final InstanceCalls calls = new InstanceCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void stopChangeTypeAndStartAgain() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        assertThat(errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> r.instanceType(t -> t.value("t3.small"))),
                "IncorrectInstanceState")).isEqualTo("The instance '" + instanceId + "' is not in the 'stopped' state.");

        InstanceStateChange stopping = stop(instanceId).stoppingInstances().getFirst();
        assertThat(stopping.previousState().code()).isEqualTo(16);
        assertThat(stopping.currentState().code()).isEqualTo(64);
        assertThat(stopping.currentState().nameAsString()).isEqualTo("stopping");
        bed.clock.advance(Duration.ofSeconds(5));
        Instance stopped = calls.instance(bed.tenant(), instanceId);
        assertThat(stopped.state().code()).isEqualTo(80);
        assertThat(stopped.stateReason().code()).isEqualTo("Client.UserInitiatedShutdown");
        assertThat(stopped.stateReason().message()).isEqualTo("Client.UserInitiatedShutdown: User initiated shutdown");
        assertThat(stopped.stateTransitionReason()).matches("User initiated \\(2025-03-01 10:00:0\\d GMT\\)");
        assertThat(stopped.publicIpAddress()).isNull();
        InstanceStateChange again = stop(instanceId).stoppingInstances().getFirst();
        assertThat(again.previousState().code()).isEqualTo(80);
        assertThat(again.currentState().code()).isEqualTo(80);

        calls.modify(bed.tenant(), instanceId, r -> r.instanceType(t -> t.value("t3.small")));
        errorCode(() -> calls.modify(bed.tenant(), instanceId, r -> r.instanceType(t -> t.value("t4g.small"))),
                "InvalidParameterValue");
        StartInstancesResponse started = calls.call("StartInstances",
                StartInstancesRequest.builder().instanceIds(instanceId).build(), bed.tenant());
        assertThat(started.startingInstances().getFirst().previousState().code()).isEqualTo(80);
        assertThat(started.startingInstances().getFirst().currentState().code()).isZero();
        bed.clock.advance(Duration.ofSeconds(3));
        Instance running = calls.instance(bed.tenant(), instanceId);
        assertThat(running.state().code()).isEqualTo(16);
        assertThat(running.instanceTypeAsString()).isEqualTo("t3.small");
        assertThat(running.stateReason()).isNull();

        calls.call("RebootInstances", RebootInstancesRequest.builder().instanceIds(instanceId).build(), bed.tenant());
        errorCode(() -> calls.call("StopInstances", StopInstancesRequest.builder().instanceIds(instanceId)
                .dryRun(true).build(), bed.tenant()), "DryRunOperation");
        assertThat(calls.instance(bed.tenant(), instanceId).state().code()).isEqualTo(16);
    }

    @Test
    void terminationProtectionRefusesTheWholeCall() {
        String protectedId = calls.running(bed.tenant(), request -> request.disableApiTermination(true));
        String plainId = calls.running(bed.tenant(), request -> { });
        assertThat(calls.attribute(bed.tenant(), protectedId, "disableApiTermination").disableApiTermination().value())
                .isTrue();
        assertThat(errorCode(() -> terminate(plainId, protectedId), "OperationNotPermitted")).isEqualTo(
                "The instance '" + protectedId + "' may not be terminated. Modify its 'disableApiTermination' instance "
                        + "attribute and try again.");
        assertThat(calls.instance(bed.tenant(), plainId).state().code()).isEqualTo(16);

        calls.modify(bed.tenant(), protectedId, r -> r.disableApiStop(v -> v.value(true)));
        assertThat(errorCode(() -> stop(protectedId), "OperationNotPermitted")).isEqualTo("The instance '"
                + protectedId + "' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.");

        calls.modify(bed.tenant(), protectedId, r -> r.disableApiTermination(v -> v.value(false)));
        TerminateInstancesResponse terminated = terminate(plainId, protectedId);
        assertThat(terminated.terminatingInstances()).extracting(InstanceStateChange::instanceId)
                .containsExactly(plainId, protectedId);
        assertThat(terminated.terminatingInstances()).allSatisfy(change -> {
            assertThat(change.previousState().code()).isEqualTo(16);
            assertThat(change.currentState().code()).isEqualTo(32);
        });
    }

    @Test
    void terminatedInstancesStayVisibleForAWhileThenVanishWithTheirTags() {
        String instanceId = calls.running(bed.tenant(), request -> request.tagSpecifications(t -> t
                .resourceType("instance").tags(RunInstancesTest.tag("Name", "short-lived"))));
        terminate(instanceId);
        bed.clock.advance(Duration.ofSeconds(5));
        Instance terminated = calls.instance(bed.tenant(), instanceId);
        assertThat(terminated.state().nameAsString()).isEqualTo("terminated");
        assertThat(terminated.state().code()).isEqualTo(48);
        assertThat(terminated.networkInterfaces()).isEmpty();
        assertThat(terminated.blockDeviceMappings()).isEmpty();
        assertThat(terminated.privateIpAddress()).isNull();
        assertThat(terminated.privateDnsName()).isEmpty();
        TerminateInstancesResponse again = terminate(instanceId);
        assertThat(again.terminatingInstances().getFirst().previousState().code()).isEqualTo(48);
        assertThat(errorCode(() -> calls.call("StartInstances", StartInstancesRequest.builder()
                .instanceIds(instanceId).build(), bed.tenant()), "IncorrectInstanceState"))
                .isEqualTo("The instance '" + instanceId + "' is not in a state from which it can be started.");
        errorCode(() -> stop(instanceId), "IncorrectInstanceState");

        bed.clock.advance(Duration.ofHours(2));
        assertThat(calls.instances(bed.tenant(), request -> { })).isEmpty();
        assertThat(errorCode(() -> calls.instance(bed.tenant(), instanceId), "InvalidInstanceID.NotFound"))
                .isEqualTo("The instance ID '" + instanceId + "' does not exist");
        assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, instanceId)).isEqualTo(Map.of());
    }

    @Test
    void anotherAccountCannotSeeOrTouchTheInstance() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        errorCode(() -> calls.instance(bed.other(), instanceId), "InvalidInstanceID.NotFound");
        errorCode(() -> calls.call("TerminateInstances", TerminateInstancesRequest.builder().instanceIds(instanceId)
                .build(), bed.other()), "InvalidInstanceID.NotFound");
        errorCode(() -> calls.modify(bed.other(), instanceId, r -> r.disableApiTermination(v -> v.value(true))),
                "InvalidInstanceID.NotFound");
        errorCode(() -> calls.attribute(bed.other(), instanceId, "userData"), "InvalidInstanceID.NotFound");
        assertThat(calls.instances(bed.other(), request -> { })).isEmpty();
        assertThat(calls.instance(bed.tenant(), instanceId).state().code()).isEqualTo(16);
    }

    private StopInstancesResponse stop(String instanceId) {
        return calls.call("StopInstances", StopInstancesRequest.builder().instanceIds(instanceId).build(),
                bed.tenant());
    }

    private TerminateInstancesResponse terminate(String... instanceIds) {
        return calls.call("TerminateInstances", TerminateInstancesRequest.builder().instanceIds(instanceIds).build(),
                bed.tenant());
    }
}
