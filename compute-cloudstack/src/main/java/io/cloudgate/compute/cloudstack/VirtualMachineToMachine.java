package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.Machine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A CloudStack {@code virtualmachine} object as a port {@link Machine}. */
final class VirtualMachineToMachine {
    private final InstanceTypeMapping types;

    VirtualMachineToMachine(InstanceTypeMapping types) {
        this.types = types;
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
        String networkId = shared ? DefaultNetwork.networkId(tenant)
                : firstNonNull(Fields.text(vm, "vpcid"), Fields.text(nic, "networkid"));
        List<String> groups = new ArrayList<>();
        vm.path("securitygroup").forEach(group -> groups.add(Fields.text(group, "id")));
        Instant created = Fields.instant(vm, "created");
        Instant changed = firstNonNull(Fields.instant(vm, "lastupdated"), created);
        return new Machine(machineId, tenant, Fields.text(vm, "templateid"),
                types.typeOf(Fields.text(vm, "serviceofferingid"), Fields.text(vm, "serviceofferingname")),
                Fields.text(vm, "zonename"), networkId, subnetId,
                nic == null ? Fields.text(vm, "ipaddress") : Fields.text(nic, "ipaddress"),
                Fields.text(vm, "publicip"), groups, Fields.text(vm, "keypairs"), null, state.state(),
                state.reason(), created, changed, disks(machineId, volumes), Devices.ROOT);
    }

    private static List<AttachedDisk> disks(String machineId, List<JsonNode> volumes) {
        List<AttachedDisk> disks = new ArrayList<>();
        for (JsonNode volume : volumes) {
            boolean root = "ROOT".equals(Fields.text(volume, "type"));
            int deviceId = Fields.integer(volume, "deviceid", root ? 0 : 1);
            disks.add(new AttachedDisk(Fields.text(volume, "id"), Devices.name(deviceId), root,
                    Fields.instant(volume, "attached") == null ? Fields.instant(volume, "created")
                            : Fields.instant(volume, "attached")));
        }
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
