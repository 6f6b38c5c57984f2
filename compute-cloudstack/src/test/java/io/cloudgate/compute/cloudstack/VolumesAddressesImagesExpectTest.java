package io.cloudgate.compute.cloudstack;

import static io.cloudgate.compute.cloudstack.Exchanges.list;
import static io.cloudgate.compute.cloudstack.Exchanges.object;
import static io.cloudgate.compute.cloudstack.Exchanges.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.Address;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Volume;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The volumes_snapshots_images and vm_isolated_network scenarios through the port: a sized volume created,
 * attached, grown, detached and deleted; an address given static NAT, taken off and released; an image captured
 * from a stopped machine's root volume.
 */
class VolumesAddressesImagesExpectTest {
    private static final String VOLUMES = "recordings/volumes_snapshots_images/";
    private static final String NETWORK = "recordings/vm_isolated_network/";
    private static final String VM = "5cfaaea4-dc9b-4ab0-9eb0-842484417eff";
    private final ReplayFixture fixture = new ReplayFixture(5);
    private final String tenant = ReplayFixture.TENANT;

    @Test
    void aVolumeIsCreatedAttachedGrownDetachedAndDeleted() {
        String name = "vol-" + fixture.clock.millis();
        fixture.replay.expect("recordings/discovery/001-listZones.json", "recordings/discovery/004-listDiskOfferings.json")
                .expect(Recording.load(VOLUMES + "008-createVolume.json").withParams(Map.of("name", name)));
        Volume created = fixture.compute.volumes().create(tenant, "Sandbox-simulator-sg", 8, null, null, null, null);
        assertThat(created.id()).isEqualTo("0a25ab87-e552-4cb6-a076-85c42375db80");
        assertThat(created.sizeGib()).isEqualTo(8);

        String data = "7aa1f9bd-3fa9-46a8-857a-fed0f8cbe35a";
        // The machine is looked up first (same zone, free device): the VM as listed running, with its ROOT volume.
        fixture.replay.expect(list("listVolumes", Map.of(), "volume", object(VOLUMES + "010-listVolumes.json",
                "volume", "0"))).expect(vmListedAs("recordings/vm_lifecycle_sg_zone/016-listVirtualMachines.json"),
                without(VOLUMES + "004-listVolumes.json", "type"))
                .expect(VOLUMES + "011-attachVolume.json", VOLUMES + "012-queryAsyncJobResult.json",
                VOLUMES + "013-queryAsyncJobResult.json");
        Volume attached = fixture.compute.volumes().attach(tenant, data, VM, null);
        assertThat(attached.machineId()).isEqualTo(VM);
        assertThat(fixture.replay.remaining()).isZero();

        Recording vmVolumes = new Recording("the VM's volumes", "listVolumes", Map.of("command", "listVolumes",
                "response", "json"), 200, Recording.load(VOLUMES + "018-listVolumes.json").body());
        fixture.replay.expect(vmVolumes).expect(VOLUMES + "021-resizeVolume.json",
                VOLUMES + "022-queryAsyncJobResult.json", VOLUMES + "024-queryAsyncJobResult.json");
        Volume grown = fixture.compute.volumes().modify(tenant, created.id(), 16, null, null, null);
        assertThat(grown.sizeGib()).isEqualTo(16);

        fixture.replay.expect(vmVolumes).expect(VOLUMES + "047-detachVolume.json",
                VOLUMES + "048-queryAsyncJobResult.json", VOLUMES + "049-queryAsyncJobResult.json");
        assertThat(fixture.compute.volumes().detach(tenant, data, false).machineId()).isNull();

        fixture.replay.expect(list("listVolumes", Map.of(), "volume", object(VOLUMES + "054-listVolumes.json",
                "volume", "0"))).expect(VOLUMES + "055-deleteVolume.json");
        fixture.compute.volumes().delete(tenant, data);
        assertThat(fixture.replay.remaining()).isZero();
    }

    @Test
    void anAddressGetsStaticNatLosesItAndIsReleased() {
        String address = "aa4e4059-a537-4987-9032-5fb18b0e68b6";
        String vm = "df908d97-5f18-48bd-9f71-1207acb45e17";
        Recording free = list("listPublicIpAddresses", Map.of(), "publicipaddress",
                object(NETWORK + "014-queryAsyncJobResult.json", "jobresult", "ipaddress"));
        Recording natted = list("listPublicIpAddresses", Map.of(), "publicipaddress",
                object(NETWORK + "016-listPublicIpAddresses.json", "publicipaddress", "0"));
        fixture.replay.expect(free, Recording.load(NETWORK + "017-listVirtualMachines.json")
                        .withParams(Map.of("userdata", "true")),
                list("listVolumes", Map.of("virtualmachineid", vm), "volume"),
                Recording.load(NETWORK + "015-enableStaticNat.json"), natted);
        Address associated = fixture.compute.addresses().associate(tenant, address, vm);
        assertThat(associated.machineId()).isEqualTo(vm);
        assertThat(associated.publicAddress()).isNotBlank();

        fixture.replay.expect(Recording.load(NETWORK + "022-disableStaticNat.json"),
                Recording.load(NETWORK + "023-queryAsyncJobResult.json"),
                Recording.load(NETWORK + "024-queryAsyncJobResult.json"), free);
        assertThat(fixture.compute.addresses().disassociate(tenant, address).machineId()).isNull();

        fixture.replay.expect(NETWORK + "026-disassociateIpAddress.json", NETWORK + "027-queryAsyncJobResult.json",
                NETWORK + "028-queryAsyncJobResult.json");
        fixture.compute.addresses().release(tenant, address);
        assertThat(fixture.replay.remaining()).isZero();
    }

    @Test
    void anImageIsCapturedFromAStoppedMachinesRootVolume() {
        // The stopped VM as vm_lifecycle_sg_zone lists it, with the root volume of volumes_snapshots_images; then
        // the tenant's templates, none of which has the new image's name.
        fixture.replay.expect(vmListedAs("recordings/vm_lifecycle_sg_zone/039-listVirtualMachines.json"))
                .expect(without(VOLUMES + "004-listVolumes.json", "type"))
                .expect(new Recording("the tenant's volumes", "listVolumes", Map.of("command", "listVolumes",
                        "response", "json"), 200, Recording.load(VOLUMES + "004-listVolumes.json").body()))
                .expect("recordings/discovery/005-listTemplates.json")
                .expect(list("listTemplates", Map.of("templatefilter", "self"), "template"),
                        list("listTemplates", Map.of("templatefilter", "sharedexecutable"), "template"),
                        list("listTemplates", Map.of("templatefilter", "community"), "template"));
        // CloudStack's passwordenabled/ispublic are left to their defaults by the adapter.
        fixture.replay.expect(without(VOLUMES + "062-createTemplate.json", "passwordenabled", "ispublic"));
        Image image = fixture.compute.images().capture(tenant, VM, "rec-image-1", "image from rec-vol-vm");
        assertThat(image.id()).isNotBlank();
        assertThat(image.state()).isEqualTo("pending");
        assertThat(image.name()).isEqualTo("rec-image-1");
        assertThat(image.sizeGib()).as("the root volume's").isEqualTo(2);
        assertThat(fixture.replay.remaining()).isZero();
    }

    /** The VM of the volumes scenario, answered as another scenario listed its VM in the same state. */
    private static Recording vmListedAs(String answer) {
        return new Recording("the VM", "listVirtualMachines", Map.of("command", "listVirtualMachines", "id", VM,
                "userdata", "true", "response", "json"), 200, Recording.load(answer).body());
    }
}
