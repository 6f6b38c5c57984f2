package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.ComputeException.Kind;
import org.junit.jupiter.api.Test;

/** The default network appears by itself; networks and subnets check their address ranges and users. */
public interface NetworkKit extends ComputeKitFixture {

    @Test
    default void defaultNetworkIsCreatedOnFirstUseWithOneSubnetPerZone() {
        String account = newAccount();
        Network network = compute().networks().defaultNetwork(account);
        assertThat(network.isDefault()).isTrue();
        assertThat(network.cidr()).isEqualTo("172.31.0.0/16");
        assertThat(compute().networks().list(account)).containsExactly(network);
        assertThat(compute().networks().defaultNetwork(account)).isEqualTo(network);
        assertThat(compute().networks().subnets(account))
                .hasSameSizeAs(compute().zones().list())
                .allMatch(s -> s.isDefault() && s.networkId().equals(network.id()))
                .extracting(Subnet::zone)
                .containsExactlyInAnyOrderElementsOf(compute().zones().list().stream().map(Zone::name).toList());
        assertThat(defaultSubnet(account, compute().zones().list().get(0).name()).availableAddresses())
                .isEqualTo(4096 - 5);
        assertThat(compute().securityGroups().list(account)).extracting(SecurityGroup::name).containsExactly("default");
    }

    @Test
    default void networksMustBeBetweenSlash16AndSlash28() {
        String account = newAccount();
        for (String bad : new String[] {"10.0.0.0/8", "10.0.0.0/29", "10.0.0.1/16", "10.0.0/16", "not-a-cidr"}) {
            assertFails(Kind.INVALID_ARGUMENT, () -> compute().networks().create(account, bad));
        }
        Network network = compute().networks().create(account, "10.1.0.0/16");
        assertThat(network.isDefault()).isFalse();
        assertThat(network.owner()).isEqualTo(account);
        assertThat(defaultGroup(account, network.id()).networkId()).isEqualTo(network.id());
    }

    @Test
    default void subnetsStayInsideTheirNetworkWithoutOverlapping() {
        String account = newAccount();
        Network network = compute().networks().create(account, "10.2.0.0/16");
        String zone = subnetZone();
        Subnet subnet = compute().networks().createSubnet(account, network.id(), "10.2.1.0/24", zone);
        assertThat(subnet.availableAddresses()).isEqualTo(256 - 5);
        assertThat(subnet.zone()).isEqualTo(zone);
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().networks().createSubnet(account, network.id(),
                "10.3.0.0/24", zone));
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().networks().createSubnet(account, network.id(),
                "10.2.1.128/25", zone));
        assertFails(Kind.INVALID_ARGUMENT, () -> compute().networks().createSubnet(account, network.id(),
                "10.2.0.0/16", zone));
        assertFails(Kind.NOT_FOUND, () -> compute().networks().createSubnet(account, "no-such-network", "10.2.2.0/24",
                zone));
        assertThat(compute().networks().createSubnet(account, network.id(), "10.2.2.0/24", zone).cidr())
                .isEqualTo("10.2.2.0/24");
    }

    @Test
    default void launchingTakesTheFirstFreeAddressOfTheSubnet() {
        String account = newAccount();
        Network network = compute().networks().create(account, "10.4.0.0/16");
        Subnet subnet = compute().networks().createSubnet(account, network.id(), "10.4.0.0/28", subnetZone());
        Machine first = compute().machines().launch(account, specInSubnet(account, subnet.id(), false));
        Machine second = compute().machines().launch(account, specInSubnet(account, subnet.id(), false));
        assertThat(first.privateAddress()).isEqualTo("10.4.0.4");
        assertThat(second.privateAddress()).isEqualTo("10.4.0.5");
        assertThat(first.networkId()).isEqualTo(network.id());
        assertThat(compute().networks().findSubnet(account, subnet.id()).orElseThrow().availableAddresses())
                .isEqualTo(16 - 5 - 2);
    }

    @Test
    default void networksAndSubnetsInUseCannotBeDeleted() {
        String account = newAccount();
        Network network = compute().networks().create(account, "10.5.0.0/16");
        Subnet subnet = compute().networks().createSubnet(account, network.id(), "10.5.0.0/24", subnetZone());
        Machine machine = compute().machines().launch(account, specInSubnet(account, subnet.id(), false));
        assertFails(Kind.IN_USE, () -> compute().networks().deleteSubnet(account, subnet.id()));
        assertFails(Kind.IN_USE, () -> compute().networks().delete(account, network.id()));

        compute().machines().terminate(account, machine.id());
        awaitState(account, machine.id(), MachineState.TERMINATED);
        compute().networks().deleteSubnet(account, subnet.id());
        compute().networks().delete(account, network.id());
        assertThat(compute().networks().find(account, network.id())).isEmpty();
        assertThat(compute().securityGroups().list(account)).noneMatch(g -> g.networkId().equals(network.id()));
        assertFails(Kind.NOT_FOUND, () -> compute().networks().delete(account, network.id()));
    }
}
