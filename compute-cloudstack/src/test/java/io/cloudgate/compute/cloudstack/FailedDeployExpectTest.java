package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault_injection scenario: a deploy whose StartCommand fails. RunInstances sends the deploy and returns the
 * machine pending; the ticks poll its job; the failed job makes the machine terminated with AWS's reason and the VM
 * CloudStack left in Error is destroyed with expunge.
 */
class FailedDeployExpectTest {
    private static final String VM = "43c64988-c599-4bdb-b0bb-423b9a83b840";
    private final ReplayFixture fixture = new ReplayFixture(5);

    @Test
    void aFailedDeployBecomesTerminatedWithAReasonAndIsCleanedUp() {
        fixture.expectCatalog();
        // Launched without groups, the machine is shown in the account's default group; the recorder named its VM,
        // the adapter leaves naming to CloudStack. The VM is then listed as deploying (Stopped, its job running).
        fixture.replay.expect(Exchanges.list("listSecurityGroups", Map.of(), "securitygroup",
                Exchanges.object("recordings/discovery/021-listSecurityGroups.json", "securitygroup", "0")));
        fixture.replay.expect(without(Recording.load("recordings/fault_injection/003-deployVirtualMachine.json"),
                "name"));
        fixture.replay.expect(byId("recordings/fault_injection/039-listVirtualMachines.json"), volumes());
        LaunchSpec spec = new LaunchSpec("abd8c5f1-e567-11f1-98b2-62e5580a28ab", "t3.micro", null, null, List.of(),
                null, null, List.of(), null, false);
        Machine launched = fixture.compute.machines().launch(ReplayFixture.TENANT, spec);
        assertThat(launched.state()).isEqualTo(MachineState.PENDING);
        assertThat(launched.zone()).isEqualTo("Sandbox-simulator-sg");
        assertThat(fixture.replay.remaining()).isZero();

        fixture.replay.expect("recordings/fault_injection/004-queryAsyncJobResult.json");
        fixture.compute.tick();
        assertThat(fixture.replay.remaining()).isZero();

        fixture.replay.expect("recordings/fault_injection/008-queryAsyncJobResult.json",
                "recordings/fault_injection/012-destroyVirtualMachine.json");
        fixture.compute.tick();
        assertThat(fixture.replay.remaining()).isZero();

        fixture.replay.expect(byId("recordings/fault_injection/009-listVirtualMachines.json"), volumes());
        Machine failed = fixture.compute.machines().find(ReplayFixture.TENANT, launched.id()).orElseThrow();
        assertThat(failed.id()).isEqualTo(launched.id());
        assertThat(failed.state()).isEqualTo(MachineState.TERMINATED);
        assertThat(failed.stateReason()).isEqualTo(VmStates.INTERNAL_ERROR);
        assertThat(failed.machineType()).isEqualTo("t3.micro");
    }

    /** The VM listed by id (with its user data, as the adapter asks): a recorded VM of the scenario as this one. */
    private static Recording byId(String answer) {
        ObjectNode vm = ((ObjectNode) Exchanges.object(answer, "virtualmachine", "0").deepCopy()).put("id", VM);
        return Exchanges.list("listVirtualMachines", Map.of("id", VM, "userdata", "true"), "virtualmachine", vm);
    }

    private static Recording volumes() {
        return new Recording("its volumes", "listVolumes", Map.of("command", "listVolumes", "virtualmachineid", VM,
                "response", "json"), 200, "{\"listvolumesresponse\":{}}");
    }

    private static Recording without(Recording recording, String... names) {
        Map<String, String> params = new LinkedHashMap<>(recording.params());
        for (String name : names) {
            params.remove(name);
        }
        return new Recording(recording.name(), recording.command(), params, recording.status(), recording.body());
    }
}
