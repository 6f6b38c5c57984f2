package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the kit does not ask of VPCs on CloudStack, in the fake's VPC zone (the last, an advanced zone without
 * security groups): subnets only in the VPC's zone, VPC ranges, and what VPCs do with security groups.
 */
class CloudStackVpcTest {
    static final String VPC_ZONE = "fake-vpc-zone";
    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(8, 200, 3));
    private final CloudStackCompute compute = fixture.compute;
    private final String account = fixture.newAccount();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void subnetsAreMadeInTheVpcsZoneOnly() {
        Network network = compute.networks().create(account, "10.2.0.0/16");
        assertThatThrownBy(() -> compute.networks().createSubnet(account, network.id(), "10.2.2.0/24",
                "fake-zone-a")).isInstanceOfSatisfying(ComputeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains(VPC_ZONE);
                });
        assertThat(compute.networks().createSubnet(account, network.id(), "10.2.2.0/24", null).zone())
                .isEqualTo(VPC_ZONE);
        assertThat(compute.networks().subnets(account)).filteredOn(s -> s.networkId().equals(network.id()))
                .extracting(Subnet::cidr).containsExactly("10.2.2.0/24");
    }

    @Test
    void vpcRangesFollowEc2sRules() {
        for (String bad : new String[] {"10.0.0.0/8", "10.0.0.0/29", "10.0.0.1/16", "10.0.0/16", "not-a-cidr"}) {
            fails(Kind.INVALID_ARGUMENT, () -> compute.networks().create(account, bad));
        }
        Network network = compute.networks().create(account, "10.1.0.0/28");
        assertThat(compute.networks().find(account, network.id())).get().extracting(Network::cidr)
                .isEqualTo("10.1.0.0/28");
        fails(Kind.INVALID_ARGUMENT, () -> compute.networks().delete(account,
                compute.networks().defaultNetwork(account).id()));
    }

    @Test
    void launchesTakeTheFirstFreeAddressAndNoSecurityGroup() {
        Network network = compute.networks().create(account, "10.4.0.0/16");
        Subnet subnet = compute.networks().createSubnet(account, network.id(), "10.4.0.0/28", VPC_ZONE);
        SecurityGroup group = defaultGroup(network.id());
        Machine first = compute.machines().launch(account, inSubnet(subnet.id(), List.of()));
        Machine second = compute.machines().launch(account, inSubnet(subnet.id(), List.of(group.id())));
        assertThat(first.privateAddress()).isEqualTo("10.4.0.4");
        assertThat(second.privateAddress()).isEqualTo("10.4.0.5");
        assertThat(first.networkId()).isEqualTo(network.id());
        assertThat(first.subnetId()).isEqualTo(subnet.id());
        assertThat(first.securityGroupIds()).containsExactly(group.id());
        assertThat(fixture.await(() -> compute.machines().find(account, second.id()).orElseThrow(),
                m -> m.state() == MachineState.RUNNING).securityGroupIds()).containsExactly(group.id());
        assertThat(compute.networks().findSubnet(account, subnet.id()).orElseThrow().availableAddresses())
                .isEqualTo(16 - 5 - 2);
        String sgZoneGroup = compute.securityGroups().list(account).stream()
                .filter(g -> g.networkId().equals(compute.networks().defaultNetwork(account).id()))
                .findFirst().orElseThrow().id();
        fails(Kind.INVALID_ARGUMENT, () -> compute.machines().launch(account, inSubnet(subnet.id(),
                List.of(sgZoneGroup))));
    }

    @Test
    void aVpcHasOnlyItsDefaultGroupShowingWhatItsAclLetsThrough() {
        Network network = compute.networks().create(account, "10.9.0.0/16");
        SecurityGroup group = defaultGroup(network.id());
        assertThat(group.description()).contains("network ACL list default_allow");
        assertThat(group.ingress()).singleElement().satisfies(rule -> {
            assertThat(rule.protocol()).isEqualTo("-1");
            assertThat(rule.cidrV4()).isEqualTo("0.0.0.0/0");
        });
        FirewallRule ssh = new FirewallRule(null, "tcp", 22, 22, "10.0.0.0/8", null, null, null);
        assertThatThrownBy(() -> compute.securityGroups().create(account, network.id(), "web", "web"))
                .isInstanceOfSatisfying(ComputeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("network ACLs");
                });
        fails(Kind.INVALID_ARGUMENT, () -> compute.securityGroups().authorize(account, group.id(), true,
                List.of(ssh)));
        fails(Kind.INVALID_ARGUMENT, () -> compute.securityGroups().revoke(account, group.id(), false,
                group.egress()));
        fails(Kind.INVALID_ARGUMENT, () -> compute.securityGroups().delete(account, group.id()));

        String intruder = fixture.newAccount();
        assertThat(compute.networks().find(intruder, network.id())).isEmpty();
        assertThat(compute.securityGroups().find(intruder, group.id())).isEmpty();
        fails(Kind.NOT_FOUND, () -> compute.securityGroups().authorize(intruder, group.id(), true, List.of(ssh)));
        fails(Kind.NOT_FOUND, () -> compute.networks().createSubnet(intruder, network.id(), "10.9.1.0/24", null));
    }

    private SecurityGroup defaultGroup(String networkId) {
        return compute.securityGroups().list(account).stream()
                .filter(g -> g.networkId().equals(networkId) && g.name().equals("default")).findFirst().orElseThrow();
    }

    private LaunchSpec inSubnet(String subnetId, List<String> groups) {
        String image = compute.images().visibleTo(account).stream()
                .filter(i -> i.architecture().equals("x86_64") && i.owner() == null).findFirst().orElseThrow().id();
        return new LaunchSpec(image, "t3.micro", null, subnetId, groups, null, null, List.of(), null, false);
    }

    private static void fails(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ComputeException.class,
                e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind));
    }
}
