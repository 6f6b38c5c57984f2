package io.cloudgate.compute.cloudstack;

import static io.cloudgate.compute.cloudstack.Exchanges.answeredBy;
import static io.cloudgate.compute.cloudstack.Exchanges.list;
import static io.cloudgate.compute.cloudstack.Exchanges.object;
import static io.cloudgate.compute.cloudstack.Exchanges.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.SecurityGroup;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The vm_lifecycle_sg_zone scenario through the port: a key pair and a security group with an SSH rule, a
 * launch with user data, key and group that is sent at once and pending until its job ends, then stop, start,
 * reboot and terminate (each returning at once and settled by a tick), and the clean-up. Every request is checked
 * against the recording (command, parameters, signature) and answered with the recorded body; answers listed
 * within the cache's lifetime are not asked for again.
 */
class LifecycleExpectTest {
    private static final String DIR = "recordings/vm_lifecycle_sg_zone/";
    private static final String VM = "fa396e79-2526-4394-8ec5-b780919c1e70";
    private static final String GROUP = "3dfd305e-5548-4654-ace0-33af785cc299";
    private final ReplayFixture fixture = new ReplayFixture(5);
    private final String tenant = ReplayFixture.TENANT;

    @Test
    void deployStopStartRebootAndTerminateAsTheRecordingsShow() {
        String publicKey = Recording.load(DIR + "001-registerSSHKeyPair.json").params().get("publickey");
        fixture.replay.expect(DIR + "001-registerSSHKeyPair.json");
        KeyPair key = fixture.compute.keyPairs().register(tenant, "rec-lifecycle-key", publicKey);
        assertThat(key.name()).isEqualTo("rec-lifecycle-key");
        assertThat(key.publicKey()).isEqualTo(publicKey);

        // A new group gets EC2's allow-all egress rule: the recorded "all" egress rule, for 0.0.0.0/0.
        fixture.replay.expect(DIR + "002-createSecurityGroup.json").expect(
                Recording.load("recordings/keys_and_sgs/029-authorizeSecurityGroupEgress.json")
                        .withParams(Map.of("securitygroupid", GROUP, "cidrlist", "0.0.0.0/0")),
                Recording.load("recordings/keys_and_sgs/030-queryAsyncJobResult.json"),
                Recording.load("recordings/keys_and_sgs/031-queryAsyncJobResult.json"), groups());
        SecurityGroup group = fixture.compute.securityGroups().create(tenant, DefaultNetwork.networkId(tenant),
                "rec-lifecycle-sg", "lifecycle");
        assertThat(group.id()).isEqualTo(GROUP);

        fixture.replay.expect(DIR + "003-authorizeSecurityGroupIngress.json", DIR + "004-queryAsyncJobResult.json",
                DIR + "005-queryAsyncJobResult.json");
        List<FirewallRule> added = fixture.compute.securityGroups().authorize(tenant, GROUP, true,
                List.of(new FirewallRule(null, "tcp", 22, 22, "0.0.0.0/0", null, null, null)));
        assertThat(added).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isNotBlank();
            assertThat(rule.fromPort()).isEqualTo(22);
            assertThat(rule.cidrV4()).isEqualTo("0.0.0.0/0");
        });
        assertThat(fixture.replay.remaining()).isZero();

        // The recorder also named the VM; the adapter leaves names to CloudStack.
        fixture.expectCatalog();
        fixture.replay.expect(groups(), list("listSSHKeyPairs", Map.of(), "sshkeypair",
                object(DIR + "001-registerSSHKeyPair.json", "keypair")),
                without(DIR + "006-deployVirtualMachine.json", "name", "displayname"),
                vm("008-listVirtualMachines.json"), volumes());
        byte[] userData = Base64.getDecoder().decode(
                Recording.load(DIR + "006-deployVirtualMachine.json").params().get("userdata"));
        Machine launched = fixture.compute.machines().launch(tenant, new LaunchSpec(
                "abd8c5f1-e567-11f1-98b2-62e5580a28ab", "t3.micro", null, null, List.of(GROUP), "rec-lifecycle-key",
                userData, List.of(), null, false));
        assertThat(launched.state()).isEqualTo(MachineState.PENDING);
        assertThat(launched.privateAddress()).startsWith("10.147.31.");
        assertThat(fixture.replay.remaining()).isZero();

        fixture.replay.expect(DIR + "007-queryAsyncJobResult.json");
        fixture.compute.tick();
        fixture.replay.expect(DIR + "015-queryAsyncJobResult.json");
        fixture.compute.tick();
        fixture.replay.expect(vm("016-listVirtualMachines.json"), volumes());
        Machine running = machine(launched.id());
        assertThat(running.state()).isEqualTo(MachineState.RUNNING);
        assertThat(running.keyName()).isEqualTo("rec-lifecycle-key");
        assertThat(running.securityGroupIds()).containsExactly(GROUP);
        assertThat(running.privateAddress()).startsWith("10.147.31.");
        assertThat(running.machineType()).isEqualTo("t3.micro");

        fixture.replay.expect(DIR + "029-stopVirtualMachine.json", DIR + "030-queryAsyncJobResult.json");
        assertThat(fixture.compute.machines().stop(tenant, launched.id(), false).state())
                .isEqualTo(MachineState.STOPPING);
        fixture.compute.tick();
        fixture.replay.expect(vm("031-listVirtualMachines.json"), volumes());
        assertThat(machine(launched.id()).state()).isEqualTo(MachineState.STOPPING);
        fixture.replay.expect(DIR + "038-queryAsyncJobResult.json");
        fixture.compute.tick();
        fixture.replay.expect(vm("039-listVirtualMachines.json"), volumes());
        assertThat(machine(launched.id()).state()).isEqualTo(MachineState.STOPPED);

        fixture.replay.expect(DIR + "045-startVirtualMachine.json");
        assertThat(fixture.compute.machines().start(tenant, launched.id()).state()).isEqualTo(MachineState.PENDING);
        fixture.replay.expect(DIR + "050-queryAsyncJobResult.json");
        fixture.compute.tick();
        fixture.replay.expect(running(), volumes(), Recording.load(DIR + "054-rebootVirtualMachine.json"));
        assertThat(fixture.compute.machines().reboot(tenant, launched.id()).state()).isEqualTo(MachineState.RUNNING);
        fixture.replay.expect(DIR + "056-queryAsyncJobResult.json");
        fixture.compute.tick();

        // Termination first takes the tenant's addresses off the VM (it has none), then destroys it.
        fixture.replay.expect(running(), volumes(), list("listPublicIpAddresses", Map.of(), "publicipaddress"),
                Recording.load(DIR + "062-destroyVirtualMachine.json"));
        assertThat(fixture.compute.machines().terminate(tenant, launched.id()).state())
                .isEqualTo(MachineState.SHUTTING_DOWN);
        fixture.replay.expect(DIR + "079-queryAsyncJobResult.json");
        fixture.compute.tick();
        fixture.replay.expect(vm("080-listVirtualMachines.json"));
        Machine terminated = machine(launched.id());
        assertThat(terminated.state()).as("expunged, shown as EC2 shows it for an hour")
                .isEqualTo(MachineState.TERMINATED);
        assertThat(terminated.stateReason()).isEqualTo(VmStates.USER_SHUTDOWN);
        assertThat(terminated.privateAddress()).isEqualTo(running.privateAddress());

        fixture.replay.expect(groups(), Recording.load(DIR + "082-deleteSecurityGroup.json"),
                Recording.load(DIR + "083-deleteSSHKeyPair.json"));
        fixture.compute.securityGroups().delete(tenant, GROUP);
        fixture.compute.keyPairs().delete(tenant, "rec-lifecycle-key");
        assertThat(fixture.replay.remaining()).isZero();
    }

    private Machine machine(String id) {
        Machine machine = fixture.compute.machines().find(tenant, id).orElseThrow();
        assertThat(fixture.replay.remaining()).isZero();
        return machine;
    }

    /** A recorded listing of the VM by id, asked with its user data as the adapter asks it. */
    private static Recording vm(String file) {
        return Recording.load(DIR + file).withParams(Map.of("userdata", "true"));
    }

    private static Recording running() {
        return answeredBy(DIR + "039-listVirtualMachines.json", DIR + "016-listVirtualMachines.json")
                .withParams(Map.of("userdata", "true"));
    }

    private static Recording groups() {
        return list("listSecurityGroups", Map.of(), "securitygroup",
                object(DIR + "002-createSecurityGroup.json", "securitygroup"));
    }

    private static Recording volumes() {
        return list("listVolumes", Map.of("virtualmachineid", VM), "volume");
    }
}
