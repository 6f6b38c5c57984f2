package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.ComputeException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security groups: unique names per network, rule ids, duplicate and missing rules, deletion guards. */
public interface SecurityGroupKit extends ComputeKitFixture {

    private static FirewallRule tcp(int port, String cidr) {
        return new FirewallRule(null, "tcp", port, port, cidr, null, null, "kit rule");
    }

    @Test
    default void newGroupAllowsAllEgressAndNamesAreUniquePerNetwork() {
        String account = newAccount();
        Network network = compute().networks().defaultNetwork(account);
        SecurityGroup web = compute().securityGroups().create(account, network.id(), "web", "web servers");
        assertThat(web.ingress()).isEmpty();
        assertThat(web.egress()).singleElement().satisfies(rule -> {
            assertThat(rule.protocol()).isEqualTo("-1");
            assertThat(rule.cidrV4()).isEqualTo("0.0.0.0/0");
        });
        assertFails(Kind.ALREADY_EXISTS, () -> compute().securityGroups().create(account, network.id(), "web",
                "again"));
        assertFails(Kind.ALREADY_EXISTS, () -> compute().securityGroups().create(account, network.id(), "default",
                "x"));
        Network other = compute().networks().create(account, "10.9.0.0/16");
        assertThat(compute().securityGroups().create(account, other.id(), "web", "same name, other network").name())
                .isEqualTo("web");
    }

    @Test
    default void authorizeGivesRuleIdsAndRefusesDuplicates() {
        String account = newAccount();
        Network network = compute().networks().defaultNetwork(account);
        SecurityGroup group = compute().securityGroups().create(account, network.id(), "app", "app");
        List<FirewallRule> added = compute().securityGroups().authorize(account, group.id(), true,
                List.of(tcp(22, "10.0.0.0/8"), tcp(443, "0.0.0.0/0")));
        assertThat(added).hasSize(2).allMatch(rule -> rule.id() != null);
        assertThat(added.get(0).id()).isNotEqualTo(added.get(1).id());
        assertFails(Kind.ALREADY_EXISTS, () -> compute().securityGroups().authorize(account, group.id(), true,
                List.of(new FirewallRule(null, "tcp", 22, 22, "10.0.0.0/8", null, null, "other description"))));
        assertThat(compute().securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactlyElementsOf(added);
    }

    @Test
    default void revokeByIdOrByTrafficAndReportMissingRules() {
        String account = newAccount();
        Network network = compute().networks().defaultNetwork(account);
        SecurityGroup group = compute().securityGroups().create(account, network.id(), "db", "db");
        List<FirewallRule> added = compute().securityGroups().authorize(account, group.id(), true,
                List.of(tcp(5432, "10.0.0.0/16"), tcp(6432, "10.0.0.0/16")));
        FirewallRule byId = new FirewallRule(added.get(0).id(), null, null, null, null, null, null, null);
        compute().securityGroups().revoke(account, group.id(), true, List.of(byId));
        compute().securityGroups().revoke(account, group.id(), true, List.of(tcp(6432, "10.0.0.0/16")));
        assertThat(compute().securityGroups().find(account, group.id()).orElseThrow().ingress()).isEmpty();
        assertFails(Kind.NOT_FOUND, () -> compute().securityGroups().revoke(account, group.id(), true,
                List.of(tcp(5432, "10.0.0.0/16"))));
        compute().securityGroups().revoke(account, group.id(), false, List.of(
                new FirewallRule(null, "-1", null, null, "0.0.0.0/0", null, null, null)));
        assertThat(compute().securityGroups().find(account, group.id()).orElseThrow().egress()).isEmpty();
    }

    @Test
    default void groupsInUseAndDefaultGroupsCannotBeDeleted() {
        String account = newAccount();
        Network network = compute().networks().defaultNetwork(account);
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().securityGroups().delete(account,
                defaultGroup(account, network.id()).id()));
        SecurityGroup used = compute().securityGroups().create(account, network.id(), "used", "by a machine");
        SecurityGroup referenced = compute().securityGroups().create(account, network.id(), "referenced", "by a rule");
        SecurityGroup referrer = compute().securityGroups().create(account, network.id(), "referrer", "refers");
        compute().securityGroups().authorize(account, referrer.id(), true,
                List.of(new FirewallRule(null, "tcp", 80, 80, null, null, referenced.id(), null)));
        LaunchSpec b = basicSpec(account);
        Machine machine = compute().machines().launch(account, new LaunchSpec(b.imageId(), b.machineType(), null, null,
                List.of(used.id()), null, null, List.of(), null, false));
        assertThat(machine.securityGroupIds()).containsExactly(used.id());

        assertFails(Kind.IN_USE, () -> compute().securityGroups().delete(account, used.id()));
        assertFails(Kind.IN_USE, () -> compute().securityGroups().delete(account, referenced.id()));
        compute().securityGroups().delete(account, referrer.id());
        compute().securityGroups().delete(account, referenced.id());
        compute().machines().setSecurityGroups(account, machine.id(), List.of(defaultGroup(account,
                network.id()).id()));
        compute().securityGroups().delete(account, used.id());
        assertThat(compute().securityGroups().list(account)).extracting(SecurityGroup::name).containsExactly("default");
    }

    @Test
    default void updateChangesARuleInPlaceKeepingItsId() {
        String account = newAccount();
        Network network = compute().networks().defaultNetwork(account);
        SecurityGroup group = compute().securityGroups().create(account, network.id(), "edit", "edited rules");
        List<FirewallRule> added = compute().securityGroups().authorize(account, group.id(), true,
                List.of(tcp(80, "10.0.0.0/8"), tcp(443, "10.0.0.0/8")));
        FirewallRule first = added.get(0);
        FirewallRule changed = new FirewallRule(first.id(), "tcp", 8080, 8081, "192.168.0.0/16", null, null, "new");
        assertThat(compute().securityGroups().update(account, group.id(), true, changed)).isEqualTo(changed);
        assertThat(compute().securityGroups().find(account, group.id()).orElseThrow().ingress())
                .containsExactly(changed, added.get(1));

        FirewallRule clash = new FirewallRule(first.id(), "tcp", 443, 443, "10.0.0.0/8", null, null, null);
        assertFails(Kind.ALREADY_EXISTS, () -> compute().securityGroups().update(account, group.id(), true, clash));
        FirewallRule missing = new FirewallRule("no-such-rule", "tcp", 1, 1, "10.0.0.0/8", null, null, null);
        assertFails(Kind.NOT_FOUND, () -> compute().securityGroups().update(account, group.id(), true, missing));
        assertFails(Kind.NOT_FOUND, () -> compute().securityGroups().update(account, group.id(), false, changed));
        assertFails(Kind.NOT_FOUND, () -> compute().securityGroups().update(newAccount(), group.id(), true, changed));
    }
}
