package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.Machine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A CloudStack {@code virtualmachine} object as a port {@link Machine}. */
final class VirtualMachineToMachine {
    private final InstanceTypeMapping types;
    private final DeviceNames devices;
    private final ImageIds images;

    VirtualMachineToMachine(InstanceTypeMapping types, DeviceNames devices, ImageIds images) {
        this.types = types;
        this.devices = devices;
        this.images = images;
    }

    /**
     * @param machineId the port's id for the VM (see {@link MachineIds})
     * @param volumes   the VM's volumes ({@code volume} objects), for its disks
     */
    Machine apply(String tenant, String machineId, JsonNode vm, List<JsonNode> volumes) {
        VmStates.Mapped state = VmStates.of(Fields.text(vm, "state"));
        JsonNode nic = defaultNic(vm);
        String zoneId = Fields.text(vm, "zoneid");
        boolean shared = nic == null || "Shared".equalsIgnoreCase(Fields.text(nic, "type"));
        String subnetId = shared ? DefaultNetwork.subnetId(tenant, zoneId) : Fields.text(nic, "networkid");
        String vpcId = nic == null ? null : Fields.text(nic, "vpcid");
        String networkId = shared ? DefaultNetwork.networkId(tenant)
                : firstNonNull(vpcId, Fields.text(nic, "networkid"));
        List<String> groups = new ArrayList<>();
        vm.path("securitygroup").forEach(group -> groups.add(Fields.text(group, "id")));
        if (vpcId != null && groups.isEmpty()) {
            groups.add(VpcDefaultGroups.groupId(vpcId));
        }
        Instant created = Fields.instant(vm, "created");
        Instant changed = firstNonNull(Fields.instant(vm, "lastupdated"), created);
        return new Machine(machineId, tenant, images.toPort(Fields.text(vm, "templateid")),
                types.typeOf(Fields.text(vm, "serviceofferingid"), Fields.text(vm, "serviceofferingname")),
                Fields.text(vm, "zonename"), networkId, subnetId,
                nic == null ? Fields.text(vm, "ipaddress") : Fields.text(nic, "ipaddress"),
                Fields.text(vm, "publicip"), groups, Fields.text(vm, "keypairs"), userData(vm), state.state(),
                state.reason(), created, changed, disks(volumes), Devices.ROOT);
    }

    /** The user data when the VM was listed with it ({@code userdata=true}), else null. */
    private static byte[] userData(JsonNode vm) {
        String encoded = Fields.text(vm, "userdata");
        if (encoded == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<AttachedDisk> disks(List<JsonNode> volumes) {
        List<AttachedDisk> disks = new ArrayList<>();
        volumes.forEach(volume -> disks.add(devices.disk(volume)));
        disks.sort(java.util.Comparator.comparing(AttachedDisk::deviceName));
        return disks;
    }

    private static JsonNode defaultNic(JsonNode vm) {
        JsonNode first = null;
        for (JsonNode nic : vm.path("nic")) {
            if (nic.path("isdefault").asBoolean(false)) {
                return nic;
            }
            first = first == null ? nic : first;
        }
        return first;
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
