package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.DiskOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Group;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.ServiceOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Template;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Tier;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Volume;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * deployVirtualMachine and the VM life cycle. A deploy allocates the VM, its NIC address and its volumes at once
 * (so quota, address and parameter errors answer synchronously, as DeployVMCmd.create does) and starts it in a job.
 */
final class FakeVmCommands {
    private static final String CMD = "org.apache.cloudstack.api.command.admin.vm.";
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final FakeState state;
    private final FakeRenderCompute render;
    private final FakeVmJobs vmJobs;
    private final FakeTierNics tiers;

    FakeVmCommands(FakeState state, FakeRenderCompute render) {
        this.state = state;
        this.render = render;
        this.vmJobs = new FakeVmJobs(state, render);
        this.tiers = new FakeTierNics(state);
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("deployVirtualMachine", this::deploy);
        commands.put("listVirtualMachines", this::list);
        commands.put("startVirtualMachine", vmJobs::start);
        commands.put("stopVirtualMachine", vmJobs::stop);
        commands.put("rebootVirtualMachine", vmJobs::reboot);
        commands.put("destroyVirtualMachine", vmJobs::destroy);
        commands.put("changeServiceForVirtualMachine", this::changeService);
        commands.put("updateVirtualMachine", this::update);
        commands.put("getVirtualMachineUserData", this::userData);
    }

    private ObjectNode deploy(FakeRequest r) {
        Account caller = r.caller();
        ServiceOffering offering = serviceOffering(r);
        Template template = state.find(state.templates, r, "templateid");
        Zone zone = zone(r);
        if (!FakeTemplateCommands.launchable(template, caller)) {
            throw new FakeApiError(531, 4365, "Acct[" + caller.name + "] does not have permission to launch"
                    + " instances from Tmpl[" + template.id + "]");
        }
        if (!template.ready || !template.zoneIds.contains(zone.id())) {
            throw FakeApiError.invalid("The template " + template.id + " is not available for use");
        }
        String keyPair = r.text("keypair");
        if (keyPair != null && state.keyPairs.values().stream()
                .noneMatch(k -> k.owner == caller && k.name.equals(keyPair))) {
            throw FakeApiError.invalid("Not all specified keypairs exist");
        }
        Tier tier = tiers.tier(r, zone, caller);
        if (tier != null && r.text("securitygroupids") != null) {
            throw FakeApiError.invalid("Can't create vm with security groups; security group feature is not enabled"
                    + " per zone");
        }
        List<String> groupIds = tier != null ? List.of() : groups(r, caller);
        String userData = userDataParam(r);
        String ip = tier != null ? tiers.address(r, tier) : address(r, zone);
        DiskOffering dataOffering = null;
        long dataGib = 0;
        if (r.text("diskofferingid") != null) {
            dataOffering = state.find(FakeCatalogCommands.byId(state.diskOfferings, DiskOffering::id), r,
                    "diskofferingid");
            dataGib = dataOffering.customized() ? requireSize(r) : dataOffering.sizeGib();
        }
        long active = state.vms.values().stream().filter(vm -> vm.owner == caller)
                .filter(vm -> !vm.state.equals("Expunging") && !vm.state.equals("Destroyed")).count();
        if (active >= state.limits.vmsPerAccount()) {
            throw FakeApiError.limit("user_vm", caller);
        }
        if (state.storageGib(caller) + template.size / FakeState.GIB + dataGib > state.limits.storageGibPerAccount()) {
            throw FakeApiError.limit("primary_storage", caller);
        }
        Vm vm = newVm(caller, zone, offering, template, ip, keyPair, userData, groupIds);
        vm.tier = tier;
        attachNew(vm, true, template.size, null, 0);
        if (dataOffering != null) {
            attachNew(vm, false, dataGib * FakeState.GIB, dataOffering, 1);
        }
        FakeJobs.Job job = state.jobs.submit(caller, CMD + "DeployVMCmdByAdmin", "VirtualMachine", vm.id,
                SECOND.multipliedBy(2), FakeJobs.LONG, () -> {
                    vmJobs.started(vm);
                    return result(vm);
                }).step(SECOND, () -> state.touch(vm, "Starting"));
        vm.deployJobId = job.id;
        vmJobs.busy(vm, job);
        return FakeRender.JSON.createObjectNode().put("id", vm.id).put("jobid", job.id);
    }

    private ServiceOffering serviceOffering(FakeRequest r) {
        return state.find(FakeCatalogCommands.byId(state.serviceOfferings, ServiceOffering::id), r,
                "serviceofferingid");
    }

    private Zone zone(FakeRequest r) {
        return state.find(FakeCatalogCommands.byId(state.zones, Zone::id), r, "zoneid");
    }

    private List<String> groups(FakeRequest r, Account caller) {
        String ids = r.text("securitygroupids");
        if (ids == null) {
            return List.of(caller.defaultGroupId);
        }
        List<String> groupIds = new ArrayList<>();
        for (String id : ids.split(",")) {
            Group group = state.groups.get(id.trim());
            if (group == null) {
                throw FakeApiError.invalidId(r.command(), "securitygroupids", ids);
            }
            FakeState.checkOwner(caller, group.owner);
            groupIds.add(group.id);
        }
        return groupIds;
    }

    private static String userDataParam(FakeRequest r) {
        String userData = r.text("userdata");
        if (userData != null) {
            try {
                Base64.getDecoder().decode(userData);
            } catch (IllegalArgumentException e) {
                throw FakeApiError.invalid("User data is not base64 encoded.");
            }
        }
        return userData;
    }

    private String address(FakeRequest r, Zone zone) {
        String wanted = r.text("ipaddress");
        if (wanted == null) {
            return state.freeGuestIp(zone);
        }
        if (!FakeState.inNetwork(zone, wanted)) {
            throw FakeApiError.invalid("Requested ip address " + wanted + " is not in the network range "
                    + zone.cidr());
        }
        if (!state.guestIpFree(zone, wanted)) {
            throw new FakeApiError(533, 4300, "Insufficient address capacity: requested ip " + wanted
                    + " is not available");
        }
        return wanted;
    }

    private static long requireSize(FakeRequest r) {
        Long size = r.number("size");
        if (size == null || size <= 0) {
            throw FakeApiError.invalid("Disk size must be larger than 0");
        }
        return size;
    }

    private Vm newVm(Account owner, Zone zone, ServiceOffering offering, Template template, String ip, String keyPair,
                     String userData, List<String> groupIds) {
        Vm vm = new Vm();
        vm.id = FakeState.newId();
        vm.name = "VM-" + vm.id;
        vm.owner = owner;
        vm.zone = zone;
        vm.offering = offering;
        vm.template = template;
        vm.ip = ip;
        vm.keyPair = keyPair;
        vm.userData = userData;
        vm.groupIds = new ArrayList<>(groupIds);
        vm.created = state.now();
        vm.lastUpdated = vm.created;
        vm.state = "Stopped";
        vm.nicId = FakeState.newId();
        int number = state.nextInstanceNumber();
        vm.mac = String.format("1e:00:bc:00:%02x:%02x", number / 256 % 256, number % 256);
        vm.instanceName = "i-2-" + number + "-VM";
        state.vms.put(vm.id, vm);
        return vm;
    }

    private void attachNew(Vm vm, boolean root, long size, DiskOffering offering, int deviceId) {
        Volume volume = new Volume();
        volume.id = FakeState.newId();
        volume.name = (root ? "ROOT-" : "DATA-") + vm.instanceName;
        volume.owner = vm.owner;
        volume.zone = vm.zone;
        volume.root = root;
        volume.size = size;
        volume.state = "Allocated";
        volume.vm = vm;
        volume.deviceId = deviceId;
        volume.offering = offering;
        volume.template = root ? vm.template : null;
        volume.created = state.now();
        volume.attached = volume.created;
        state.volumes.put(volume.id, volume);
    }

    private ObjectNode list(FakeRequest r) {
        String id = r.text("id");
        List<Vm> vms;
        if (id != null) {
            Vm vm = state.find(state.vms, r, "id");
            vms = vm.owner == r.caller() || r.listAll() ? List.of(vm) : List.of();
        } else {
            vms = state.vms.values().stream().filter(vm -> vm.owner == r.caller() || r.listAll()).toList();
        }
        boolean withUserData = r.bool("userdata");
        return r.list("virtualmachine", vms.stream().map(vm -> render.vm(vm, withUserData)).toList());
    }

    private ObjectNode changeService(FakeRequest r) {
        Vm vm = vmJobs.owned(r);
        ServiceOffering offering = serviceOffering(r);
        if (!vm.state.equals("Stopped")) {
            throw FakeApiError.invalid("Unable to upgrade virtual machine " + vm.id + ", it is in " + vm.state
                    + " state; stop it first");
        }
        if (offering.equals(vm.offering)) {
            throw FakeApiError.invalid("Not upgrading vm " + vm.id + " since it already has the requested service"
                    + " offering (" + offering.name() + ")");
        }
        vm.offering = offering;
        state.touch(vm, vm.state);
        return result(vm);
    }

    private ObjectNode update(FakeRequest r) {
        Vm vm = vmJobs.owned(r);
        String userData = userDataParam(r);
        if (r.text("securitygroupids") != null) {
            if (!vm.state.equals("Stopped")) {
                throw FakeApiError.invalid("VM " + vm.id + " must be stopped prior to update security groups");
            }
            vm.groupIds = groups(r, r.caller());
        }
        if (userData != null) {
            vm.userData = userData;
        }
        return result(vm);
    }

    private ObjectNode userData(FakeRequest r) {
        Vm vm = state.find(state.vms, r, "virtualmachineid");
        FakeState.checkOwner(r.caller(), vm.owner);
        ObjectNode answer = FakeRender.JSON.createObjectNode();
        answer.putObject("virtualmachineuserdata").put("virtualmachineid", vm.id).put("userdata", vm.userData);
        return answer;
    }

    private ObjectNode result(Vm vm) {
        ObjectNode answer = FakeRender.JSON.createObjectNode();
        answer.set("virtualmachine", render.vm(vm, false));
        return answer;
    }
}
