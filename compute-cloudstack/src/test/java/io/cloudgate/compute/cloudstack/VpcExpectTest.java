package io.cloudgate.compute.cloudstack;

import static io.cloudgate.compute.cloudstack.Exchanges.list;
import static io.cloudgate.compute.cloudstack.Exchanges.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Subnet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The VPC half of the vm_isolated_network scenario through the port: createVPC in the zone without security groups
 * with the default VPC offering, a tier with the tier offering, its gateway, netmask and the default_allow ACL list,
 * then deleteNetwork and deleteVPC waited for; the requests are the recorded ones, but for the names the adapter
 * gives.
 */
class VpcExpectTest {
    private static final String DIR = "recordings/vm_isolated_network/";
    private static final String VPC = "fe7a5d68-1500-48db-9f40-116182e266ee";
    private static final String TIER = "a8647099-24f6-4f85-a11e-5ef483c30c93";
    private final ReplayFixture fixture = new ReplayFixture(5);
    private final String tenant = ReplayFixture.TENANT;

    @Test
    void vpcAndTierAreCreatedAndDeletedAsRecorded() {
        fixture.replay.expect("recordings/discovery/001-listZones.json", DIR + "047-listVPCOfferings.json")
                .expect(Recording.load(DIR + "048-createVPC.json")
                        .withParams(Map.of("name", "vpc-10.20.0.0-16", "displaytext", "VPC 10.20.0.0/16")));
        Network network = fixture.compute.networks().create(tenant, "10.20.0.0/16");
        assertThat(network.id()).isEqualTo(VPC);
        assertThat(network.cidr()).isEqualTo("10.20.0.0/16");
        assertThat(network.state()).isEqualTo("pending");
        assertThat(fixture.replay.remaining()).isZero();

        Recording vpcs = list("listVPCs", Map.of(), "vpc", object(DIR + "053-listVPCs.json", "vpc", "0"));
        fixture.replay.expect(vpcs).expect(list("listNetworks", Map.of("type", "Isolated"), "network"))
                .expect(DIR + "056-listNetworkOfferings.json", DIR + "055-listNetworkACLLists.json")
                .expect(Recording.load(DIR + "057-createNetwork.json")
                        .withParams(Map.of("name", "subnet-10.20.1.0-24", "displaytext", "subnet 10.20.1.0/24")));
        Subnet subnet = fixture.compute.networks().createSubnet(tenant, VPC, "10.20.1.0/24", null);
        assertThat(subnet.id()).isEqualTo(TIER);
        assertThat(subnet.networkId()).isEqualTo(VPC);
        assertThat(subnet.zone()).isEqualTo("Sandbox-simulator");
        assertThat(subnet.availableAddresses()).isEqualTo(256 - 5);
        assertThat(fixture.replay.remaining()).isZero();

        fixture.replay.expect(list("listNetworks", Map.of("type", "Isolated"), "network",
                        object(DIR + "058-listNetworks.json", "network", "0")))
                .expect(list("listVirtualMachines", Map.of(), "virtualmachine"))
                .expect(DIR + "074-deleteNetwork.json", DIR + "075-queryAsyncJobResult.json",
                        DIR + "076-queryAsyncJobResult.json");
        fixture.compute.networks().deleteSubnet(tenant, TIER);
        assertThat(fixture.replay.remaining()).isZero();

        fixture.replay.expect(vpcs).expect(list("listNetworks", Map.of("type", "Isolated"), "network"))
                .expect(DIR + "077-deleteVPC.json", DIR + "078-queryAsyncJobResult.json",
                        DIR + "079-queryAsyncJobResult.json", DIR + "080-queryAsyncJobResult.json",
                        DIR + "081-queryAsyncJobResult.json");
        fixture.compute.networks().delete(tenant, VPC);
        assertThat(fixture.replay.remaining()).isZero();
    }
}
