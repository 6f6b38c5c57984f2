package io.cloudgate.compute.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.Network;
import io.cloudgate.compute.Subnet;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An account's default VPC is made on its first look at its networks, as EC2 accounts come with one (the EC2 layer
 * lists networks rather than asking for the default one), and once deleted it comes back only when asked for.
 */
class OpenStackDefaultNetworkTest {
    @Test
    void theDefaultNetworkIsMadeOnceOnFirstLook() {
        OpenStackCompute compute = OpenStackCompute.open(OpenStackCloud.settings(),
                MvStoreDocumentStore.inMemory(Clock.systemUTC()), Clock.systemUTC());
        String account = "default-vpc-" + UUID.randomUUID().toString().substring(0, 8);

        Network network = compute.networks().list(account).stream().filter(Network::isDefault).findFirst()
                .orElseThrow();
        assertThat(compute.networks().subnets(account)).isNotEmpty()
                .allMatch(subnet -> subnet.isDefault() && subnet.networkId().equals(network.id()));

        for (Subnet subnet : compute.networks().subnets(account)) {
            compute.networks().deleteSubnet(account, subnet.id());
        }
        compute.networks().delete(account, network.id());
        assertThat(compute.networks().list(account)).isEmpty();
        assertThat(compute.networks().subnets(account)).isEmpty();

        assertThat(compute.networks().defaultNetwork(account).isDefault()).isTrue();
        assertThat(compute.networks().list(account)).singleElement().satisfies(n -> assertThat(n.isDefault()).isTrue());
    }
}
