package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * boto3's instance waiters (resources/boto3/ec2_waiters.py): the script launches, stops and terminates an
 * instance, waiting each time with instance_running / instance_stopped / instance_terminated, and prints a JSON
 * summary; each test checks one part of it.
 */
class Boto3Ec2Test {
    private static RunningGateway gateway;
    private static Credentials tenant;
    private static JsonNode summary;

    @BeforeAll
    static void runScript() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("boto3-ec2-tenant");
        summary = Boto3Script.run(gateway, tenant, "ec2_waiters.py", Duration.ofSeconds(120), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void runningWaiterPollsUntilThePendingInstanceRuns() {
        assertThat(summary.path("instanceId").asText()).matches("i-[0-9a-f]{17}");
        assertThat(summary.path("launchedState").asText()).isEqualTo("pending");
        JsonNode running = summary.path("running");
        assertThat(running.path("polls").asInt()).as("%s", running).isGreaterThan(1);
        assertThat(running.path("seconds").asDouble()).isLessThan(15);
        assertThat(running.path("after").path("state").asText()).isEqualTo("running");
        assertThat(running.path("after").path("code").asInt()).isEqualTo(16);
        assertThat(running.path("after").path("privateIp").asText()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(running.path("after").path("tags").path("Name").asText()).isEqualTo("boto-waiter");
    }

    @Test
    void stoppedWaiterSeesTheStopComplete() {
        assertThat(summary.path("stopState").asText()).isEqualTo("stopping");
        JsonNode stopped = summary.path("stopped");
        assertThat(stopped.path("after").path("state").asText()).isEqualTo("stopped");
        assertThat(stopped.path("after").path("code").asInt()).isEqualTo(80);
        assertThat(stopped.path("seconds").asDouble()).isLessThan(15);
    }

    @Test
    void terminatedWaiterSeesTheInstanceGoAndItStaysVisible() {
        assertThat(summary.path("terminateState").asText()).isEqualTo("shutting-down");
        JsonNode terminated = summary.path("terminated");
        assertThat(terminated.path("after").path("state").asText()).isEqualTo("terminated");
        assertThat(terminated.path("after").path("code").asInt()).isEqualTo(48);
        assertThat(terminated.path("seconds").asDouble()).isLessThan(15);
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            String id = summary.path("instanceId").asText();
            assertThat(ec2.describeInstances(r -> r.instanceIds(id)).reservations().getFirst().instances()
                    .getFirst().state().code()).isEqualTo(48);
        }
    }

    @Test
    void runningWaiterGivesUpAtOnceOnATerminatedInstance() {
        JsonNode failure = summary.path("runningAfterTermination");
        assertThat(failure.isObject()).as("the waiter should have failed: %s", summary).isTrue();
        assertThat(failure.path("message").asText()).contains("terminal failure state").contains("terminated");
        assertThat(failure.path("seconds").asDouble()).isLessThan(1);
    }
}
