package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What CloudStack's security groups can do of the kit's cases that need a second network or a running VM. */
class CloudStackSecurityGroupTest {
    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(8, 200, 3));
    private final CloudStackCompute compute = fixture.compute;
    private final String account = fixture.newAccount();
    private final String network = compute.networks().defaultNetwork(account).id();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aNewGroupAllowsAllEgressAndNamesAreUnique() {
        SecurityGroup web = compute.securityGroups().create(account, network, "web", "web servers");
        assertThat(web.ingress()).isEmpty();
        assertThat(web.egress()).singleElement().satisfies(rule -> {
            assertThat(rule.protocol()).isEqualTo("-1");
            assertThat(rule.cidrV4()).isEqualTo("0.0.0.0/0");
        });
        fails(Kind.ALREADY_EXISTS, () -> compute.securityGroups().create(account, network, "web", "again"));
        fails(Kind.ALREADY_EXISTS, () -> compute.securityGroups().create(account, network, "default", "x"));
        fails(Kind.NOT_FOUND, () -> compute.securityGroups().create(account, "no-such-network", "db", "x"));
    }

    @Test
    void aRefusedUpdateLeavesTheRulesAsTheyWere() {
        SecurityGroup group = compute.securityGroups().create(account, network, "edit", "edited rules");
        List<FirewallRule> added = compute.securityGroups().authorize(account, group.id(), true,
                List.of(tcp(80), tcp(443)));
        fails(Kind.ALREADY_EXISTS, () -> compute.securityGroups().update(account, group.id(), true,
                new FirewallRule(added.get(0).id(), "tcp", 443, 443, "10.0.0.0/8", null, null, null)));
        fails(Kind.NOT_FOUND, () -> compute.securityGroups().update(account, group.id(), true,
                new FirewallRule("no-such-rule", "tcp", 1, 1, "10.0.0.0/8", null, null, null)));
        assertThat(compute.securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactlyElementsOf(added);

        FirewallRule changed = compute.securityGroups().update(account, group.id(), true,
                new FirewallRule(added.get(0).id(), "tcp", 8080, 8081, "192.168.0.0/16", null, null, null));
        assertThat(compute.securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactlyInAnyOrder(changed, added.get(1));
        assertThat(changed.fromPort()).isEqualTo(8080);
    }

    @Test
    void anUpdatedRuleKeepsItsIdInListsOnOtherGatewaysAndForLaterUpdatesAndRevokes() {
        SecurityGroup group = compute.securityGroups().create(account, network, "stable", "stable rule ids");
        List<FirewallRule> added = compute.securityGroups().authorize(account, group.id(), true,
                List.of(tcp(80), tcp(443)));
        String id = added.get(0).id();

        FirewallRule changed = compute.securityGroups().update(account, group.id(), true,
                new FirewallRule(id, "tcp", 8080, 8081, "192.168.0.0/16", null, null, null));
        assertThat(changed).isEqualTo(new FirewallRule(id, "tcp", 8080, 8081, "192.168.0.0/16", null, null, null));
        assertThat(compute.securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactlyInAnyOrder(changed, added.get(1));
        try (CloudStackCompute otherGateway = fixture.newAdapter(null)) {
            assertThat(otherGateway.securityGroups().list(account).stream()
                    .filter(g -> g.id().equals(group.id())).findFirst().orElseThrow().ingress())
                    .containsExactlyInAnyOrder(changed, added.get(1));
        }

        FirewallRule changedAgain = compute.securityGroups().update(account, group.id(), true,
                new FirewallRule(id, "udp", 53, 53, "10.0.0.0/8", null, null, null));
        assertThat(changedAgain.id()).isEqualTo(id);
        assertThat(compute.securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactlyInAnyOrder(changedAgain, added.get(1));

        compute.securityGroups().revoke(account, group.id(), true,
                List.of(new FirewallRule(id, null, null, null, null, null, null, null)));
        assertThat(compute.securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactly(added.get(1));
        fails(Kind.NOT_FOUND, () -> compute.securityGroups().update(account, group.id(), true,
                new FirewallRule(id, "tcp", 80, 80, "10.0.0.0/8", null, null, null)));
    }

    @Test
    void anUpdateCloudStackRefusesAfterTheRevokePutsTheOldRuleBackUnderItsId() {
        SecurityGroup group = compute.securityGroups().create(account, network, "restore", "restored rule");
        FirewallRule rule = compute.securityGroups().authorize(account, group.id(), true, List.of(tcp(80)))
                .getFirst();

        // The adapter does not check CIDRs: CloudStack refuses this one only when it is authorized.
        assertThatThrownBy(() -> compute.securityGroups().update(account, group.id(), true,
                new FirewallRule(rule.id(), "tcp", 81, 81, "10.0.0.0/33", null, null, null)))
                .isInstanceOf(ComputeException.class);

        assertThat(compute.securityGroups().find(account, group.id()).orElseThrow().ingress()).containsExactly(rule);
        FirewallRule changed = compute.securityGroups().update(account, group.id(), true,
                new FirewallRule(rule.id(), "tcp", 82, 82, "10.0.0.0/8", null, null, null));
        assertThat(changed.id()).isEqualTo(rule.id());
        assertThat(compute.securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactly(changed);
    }

    @Test
    void groupsInUseCannotBeDeletedAndAStoppedMachineChangesGroups() {
        SecurityGroup used = compute.securityGroups().create(account, network, "used", "by a machine");
        SecurityGroup referenced = compute.securityGroups().create(account, network, "referenced", "by a rule");
        SecurityGroup referrer = compute.securityGroups().create(account, network, "referrer", "refers");
        compute.securityGroups().authorize(account, referrer.id(), true,
                List.of(new FirewallRule(null, "tcp", 80, 80, null, null, referenced.id(), null)));
        String image = compute.images().visibleTo(account).get(0).id();
        Machine machine = compute.machines().launch(account, new LaunchSpec(image, "t3.micro", null, null,
                List.of(used.id()), null, null, List.of(), null, false));
        assertThat(machine.securityGroupIds()).containsExactly(used.id());
        fails(Kind.IN_USE, () -> compute.securityGroups().delete(account, used.id()));
        fails(Kind.IN_USE, () -> compute.securityGroups().delete(account, referenced.id()));
        compute.securityGroups().delete(account, referrer.id());
        compute.securityGroups().delete(account, referenced.id());

        String defaultGroup = compute.securityGroups().list(account).stream().filter(g -> g.name().equals("default"))
                .findFirst().orElseThrow().id();
        fails(Kind.INVALID_ARGUMENT, () -> compute.securityGroups().delete(account, defaultGroup));
        fails(Kind.INVALID_STATE, () -> compute.machines().setSecurityGroups(account, machine.id(),
                List.of(defaultGroup)));
        fixture.await(() -> compute.machines().find(account, machine.id()).orElseThrow(),
                m -> m.state() == MachineState.RUNNING);
        compute.machines().stop(account, machine.id(), false);
        fixture.await(() -> compute.machines().find(account, machine.id()).orElseThrow(),
                m -> m.state() == MachineState.STOPPED);
        assertThat(compute.machines().setSecurityGroups(account, machine.id(), List.of(defaultGroup))
                .securityGroupIds()).containsExactly(defaultGroup);
        compute.securityGroups().delete(account, used.id());
        fixture.elapse(Duration.ofSeconds(1));
        assertThat(compute.securityGroups().list(account)).extracting(SecurityGroup::name).containsExactly("default");
    }

    private static FirewallRule tcp(int port) {
        return new FirewallRule(null, "tcp", port, port, "10.0.0.0/8", null, null, null);
    }

    private static void fails(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ComputeException.class,
                e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind));
    }
}
