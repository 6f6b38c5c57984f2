package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault_injection scenario: a deploy whose StartCommand fails. RunInstances returns pending without calling
 * CloudStack; the tick sends the deploy and polls; the failed job makes the machine terminated with AWS's reason
 * and the VM CloudStack left in Error is destroyed with expunge.
 */
class FailedDeployExpectTest {
    private final ReplayFixture fixture = new ReplayFixture(5);

    @Test
    void aFailedDeployBecomesTerminatedWithAReasonAndIsCleanedUp() {
        fixture.expectCatalog();
        LaunchSpec spec = new LaunchSpec("abd8c5f1-e567-11f1-98b2-62e5580a28ab", "t3.micro", null, null, List.of(),
                null, null, List.of(), null, false);
        Machine launched = fixture.compute.machines().launch(ReplayFixture.TENANT, spec);
        assertThat(launched.state()).isEqualTo(MachineState.PENDING);
        assertThat(launched.zone()).isEqualTo("Sandbox-simulator-sg");
        assertThat(fixture.replay.remaining()).isZero();

        // The recorder named its VM; the adapter leaves naming to CloudStack, so "name" is not sent.
        fixture.replay.expect(without(Recording.load("recordings/fault_injection/003-deployVirtualMachine.json"),
                "name")).expect("recordings/fault_injection/004-queryAsyncJobResult.json");
        fixture.compute.tick();
        assertThat(fixture.replay.remaining()).isZero();

        fixture.replay.expect("recordings/fault_injection/008-queryAsyncJobResult.json",
                "recordings/fault_injection/012-destroyVirtualMachine.json");
        fixture.compute.tick();
        assertThat(fixture.replay.remaining()).isZero();

        Recording errorVm = Recording.load("recordings/fault_injection/009-listVirtualMachines.json");
        fixture.replay.expect(new Recording("vm by id", "listVirtualMachines", Map.of("command", "listVirtualMachines",
                "id", "43c64988-c599-4bdb-b0bb-423b9a83b840", "response", "json"), 200, errorVm.body()),
                new Recording("its volumes", "listVolumes", Map.of("command", "listVolumes", "virtualmachineid",
                        "43c64988-c599-4bdb-b0bb-423b9a83b840", "response", "json"), 200, "{\"listvolumesresponse\":{}}"));
        Machine failed = fixture.compute.machines().find(ReplayFixture.TENANT, launched.id()).orElseThrow();
        assertThat(failed.id()).isEqualTo(launched.id());
        assertThat(failed.state()).isEqualTo(MachineState.TERMINATED);
        assertThat(failed.stateReason()).isEqualTo(VmStates.INTERNAL_ERROR);
        assertThat(failed.machineType()).isEqualTo("t3.micro");
    }

    private static Recording without(Recording recording, String... names) {
        Map<String, String> params = new LinkedHashMap<>(recording.params());
        for (String name : names) {
            params.remove(name);
        }
        return new Recording(recording.name(), recording.command(), params, recording.status(), recording.body());
    }
}
