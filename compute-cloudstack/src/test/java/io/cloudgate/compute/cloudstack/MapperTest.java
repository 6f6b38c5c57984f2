package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Volume;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each mapper on objects recorded from CloudStack 4.21. */
class MapperTest {
    private static List<JsonNode> items(String resource, String response, String array) {
        List<JsonNode> items = new ArrayList<>();
        Recording.load(resource).response().path(response).path(array).forEach(items::add);
        return items;
    }

    @Test
    void offeringsBecomeTheMappedInstanceTypesWithTheirOwnSizes() {
        List<JsonNode> offerings = items("recordings/discovery/003-listServiceOfferings.json",
                "listserviceofferingsresponse", "serviceoffering");
        InstanceTypeMapping mapping = new InstanceTypeMapping(Map.of("t3.micro", "Small Instance",
                "m5.large", "0dc12d22-7ec7-4bb1-a414-ae51890e8a50", "c5.xlarge", "No Such Offering"));
        assertThat(mapping.types(offerings)).containsExactly(
                new MachineType("m5.large", 1, 1024, List.of("x86_64"), false),
                new MachineType("t3.micro", 1, 512, List.of("x86_64"), true));
        assertThat(mapping.offeringId("t3.micro", offerings)).contains("c836a32b-76f5-4c1d-a1fc-20f8dd94f75a");
        assertThat(mapping.offeringId("c5.xlarge", offerings)).isEmpty();
        assertThat(mapping.typeOf("0dc12d22-7ec7-4bb1-a414-ae51890e8a50", "Medium Instance")).isEqualTo("m5.large");
        assertThat(mapping.typeOf("other", "Large Instance")).isEqualTo("Large Instance");
    }

    @Test
    void aDeployedVmBecomesARunningMachineInTheTenantsDefaultNetwork() {
        JsonNode vm = Recording.load("recordings/vm_lifecycle_sg_zone/015-queryAsyncJobResult.json").response()
                .path("queryasyncjobresultresponse").path("jobresult").path("virtualmachine");
        JsonNode root = items("recordings/volumes_snapshots_images/018-listVolumes.json", "listvolumesresponse",
                "volume").get(0);
        MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(Clock.systemUTC());
        Machine machine = new VirtualMachineToMachine(new InstanceTypeMapping(Map.of("t3.micro", "Small Instance")),
                new DeviceNames(store), new ImageIds(store))
                .apply("tenant-a", "launch-1", vm, List.of(root));
        assertThat(machine.id()).isEqualTo("launch-1");
        assertThat(machine.owner()).isEqualTo("tenant-a");
        assertThat(machine.state()).isEqualTo(MachineState.RUNNING);
        assertThat(machine.stateReason()).isNull();
        assertThat(machine.machineType()).isEqualTo("t3.micro");
        assertThat(machine.zone()).isEqualTo("Sandbox-simulator-sg");
        assertThat(machine.privateAddress()).isEqualTo("10.147.31.152");
        assertThat(machine.keyName()).isEqualTo("rec-lifecycle-key");
        assertThat(machine.securityGroupIds()).containsExactly("3dfd305e-5548-4654-ace0-33af785cc299");
        assertThat(machine.networkId()).isEqualTo(DefaultNetwork.networkId("tenant-a"));
        assertThat(machine.subnetId()).isEqualTo(DefaultNetwork.subnetId("tenant-a",
                "99f588d0-20da-4f8c-a92f-48090193f7fa"));
        assertThat(machine.launchedAt()).hasToString("2026-11-21T05:37:19Z");
        assertThat(machine.disks()).singleElement().satisfies(disk -> {
            assertThat(disk.deviceName()).isEqualTo("/dev/xvda");
            assertThat(disk.deleteOnTermination()).isTrue();
        });
    }

    @Test
    void vmStatesMapToEc2StatesWithReasons() {
        assertThat(VmStates.of("Starting").state()).isEqualTo(MachineState.PENDING);
        assertThat(VmStates.of("Running")).isEqualTo(new VmStates.Mapped(MachineState.RUNNING, null));
        assertThat(VmStates.of("Stopping").state()).isEqualTo(MachineState.STOPPING);
        assertThat(VmStates.of("Stopped")).isEqualTo(new VmStates.Mapped(MachineState.STOPPED, VmStates.USER_SHUTDOWN));
        assertThat(VmStates.of("Expunging").state()).isEqualTo(MachineState.SHUTTING_DOWN);
        assertThat(VmStates.of("Destroyed").state()).isEqualTo(MachineState.TERMINATED);
        assertThat(VmStates.of("Error")).isEqualTo(new VmStates.Mapped(MachineState.TERMINATED,
                VmStates.INTERNAL_ERROR));
    }

    @Test
    void securityGroupRulesKeepProtocolsPortsCidrsAndGroupPeers() {
        JsonNode group = items("recordings/keys_and_sgs/041-listSecurityGroups.json", "listsecuritygroupsresponse",
                "securitygroup").get(0);
        SecurityGroup mapped = SecurityGroupToSecurityGroup.apply(group, "tenant-a", Map.of("rec-app", "sg-app-id"),
                Map.of());
        assertThat(mapped.name()).isEqualTo("rec-web");
        assertThat(mapped.networkId()).isEqualTo(DefaultNetwork.networkId("tenant-a"));
        assertThat(mapped.ingress()).containsExactly(
                new FirewallRule("e485a587-2041-4f2d-a0d4-eeb09e72927e", "tcp", 80, 80, null, null, "sg-app-id", null),
                new FirewallRule("112c66b6-c82e-488e-9110-efc508135890", "icmp", -1, -1, "10.0.0.0/8", null, null, null),
                new FirewallRule("284f49a5-24f7-477c-bb68-df376fca3028", "icmp", -1, -1, "192.168.0.0/16", null, null,
                        null),
                new FirewallRule("7a8fc0f9-6876-4a42-af76-76ff96fe53bf", "udp", 1000, 2000, "172.16.0.0/12", null, null,
                        null));
        assertThat(mapped.egress()).containsExactly(
                new FirewallRule("2782fa49-4d2f-4bdc-91f2-6a12188eafba", "-1", null, null, "10.0.0.0/8", null, null,
                        null));
    }

    @Test
    void aRuleCloudStackRecreatedForAnUpdateShowsThePortIdItKept() {
        JsonNode group = items("recordings/keys_and_sgs/041-listSecurityGroups.json", "listsecuritygroupsresponse",
                "securitygroup").get(0);
        SecurityGroup mapped = SecurityGroupToSecurityGroup.apply(group, "tenant-a", Map.of("rec-app", "sg-app-id"),
                Map.of("7a8fc0f9-6876-4a42-af76-76ff96fe53bf", "first-rule-id"));
        assertThat(mapped.ingress()).extracting(FirewallRule::id).containsExactly(
                "e485a587-2041-4f2d-a0d4-eeb09e72927e", "112c66b6-c82e-488e-9110-efc508135890",
                "284f49a5-24f7-477c-bb68-df376fca3028", "first-rule-id");
    }

    @Test
    void volumesAreInUseWhenAttachedAndSizedInGib() {
        List<JsonNode> volumes = items("recordings/volumes_snapshots_images/018-listVolumes.json",
                "listvolumesresponse", "volume");
        VolumeToVolume toVolume = new VolumeToVolume(new DeviceNames(MvStoreDocumentStore.inMemory(Clock.systemUTC())),
                new VolumeTypeMapping(Map.of("gp3", "Small")));
        Volume root = toVolume.apply(volumes.get(0), "tenant-a", "launch-1");
        assertThat(root.state()).isEqualTo("in-use");
        assertThat(root.sizeGib()).isEqualTo(2);
        assertThat(root.attachment().deviceName()).isEqualTo("/dev/xvda");
        assertThat(root.attachment().deleteOnTermination()).isTrue();
        assertThat(root.volumeType()).as("a ROOT volume has no disk offering of a mapped type").isEqualTo("gp2");
        Volume detached = toVolume.apply(volumes.get(1), "tenant-a", null);
        assertThat(detached.state()).isEqualTo("available");
        assertThat(detached.attachment()).isNull();
        assertThat(detached.volumeType()).isEqualTo("gp3");
    }

    @Test
    void theDefaultNetworkCoversEveryZonesSharedNetworkAsASlash16AtLeast() {
        assertThat(DefaultNetwork.cidr(List.of("10.147.31.0/24"))).isEqualTo("10.147.0.0/16");
        assertThat(DefaultNetwork.cidr(List.of("172.31.0.0/20", "172.31.16.0/20"))).isEqualTo("172.31.0.0/16");
        assertThat(DefaultNetwork.cidr(List.of("10.1.0.0/24", "10.2.0.0/24"))).isEqualTo("10.0.0.0/14");
        assertThat(DefaultNetwork.cidr(List.of())).isEqualTo(DefaultNetwork.FALLBACK_CIDR);
    }

    @Test
    void featuredTemplatesAreAvailableCatalogImages() {
        JsonNode template = items("recordings/discovery/005-listTemplates.json", "listtemplatesresponse", "template")
                .get(0);
        Image image = TemplateToImage.apply(template, null);
        assertThat(image.owner()).isNull();
        assertThat(image.isPublic()).isTrue();
        assertThat(image.state()).isEqualTo("available");
        assertThat(image.architecture()).isEqualTo("x86_64");
        assertThat(image.sizeGib()).isEqualTo(2);
        assertThat(image.rootDeviceName()).isEqualTo("/dev/xvda");
    }
}
