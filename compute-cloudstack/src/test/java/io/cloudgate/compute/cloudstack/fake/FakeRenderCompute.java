package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.PublicIp;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Snapshot;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Template;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Volume;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.util.Set;

/** Answers about VMs, volumes, snapshots and templates, each made from the recorded object of the same state. */
final class FakeRenderCompute {
    private static final Set<String> ON_HOST = Set.of("Starting", "Running", "Stopping");

    private final FakeState state;

    FakeRenderCompute(FakeState state) {
        this.state = state;
    }

    ObjectNode vm(Vm vm, boolean withUserData) {
        boolean deploying = vm.deployJobId != null && vm.state.equals("Stopped");
        Recorded base = deploying ? Recorded.VM_DEPLOYING
                : ON_HOST.contains(vm.state) ? Recorded.VM_ON_HOST : Recorded.VM_OFF_HOST;
        ObjectNode node = base.copy().put("id", vm.id).put("name", vm.name).put("displayname", vm.name)
                .put("created", FakeRender.time(vm.created)).put("state", vm.state).put("zoneid", vm.zone.id())
                .put("zonename", vm.zone.name()).put("templateid", vm.template.id).put("templatename", vm.template.name)
                .put("templatedisplaytext", vm.template.displayText)
                .put("templatetype", vm.template.owner == null ? "BUILTIN" : "USER")
                .put("serviceofferingid", vm.offering.id()).put("serviceofferingname", vm.offering.name())
                .put("cpunumber", vm.offering.cpus()).put("memory", vm.offering.memoryMib())
                .put("ipaddress", vm.ip).put("instancename", vm.instanceName).put("arch", vm.template.arch);
        FakeRender.owner(node, vm.owner);
        node.remove("lastupdated");
        if (!deploying) {
            node.put("lastupdated", FakeRender.time(vm.lastUpdated));
        } else {
            node.put("jobid", vm.deployJobId).put("jobstatus", 0);
        }
        ArrayNode groups = node.putArray("securitygroup");
        vm.groupIds.forEach(id -> groups.add(FakeRender.groupOfVm(state.groups.get(id))));
        ObjectNode nic = (ObjectNode) node.path("nic").path(0);
        if (vm.tier == null) {
            nic.put("id", vm.nicId).put("networkid", vm.zone.networkId())
                    .put("networkname", vm.zone.name() + " guest network").put("gateway", vm.zone.gateway())
                    .put("netmask", FakeRender.netmask(vm.zone.cidr()));
        } else {
            nic.put("id", vm.nicId).put("networkid", vm.tier.id).put("networkname", vm.tier.name)
                    .put("gateway", vm.tier.gateway).put("netmask", FakeRender.netmask(vm.tier.cidr))
                    .put("type", "Isolated").put("vpcid", vm.tier.vpc.id).put("vpcname", vm.tier.vpc.name);
        }
        nic.put("ipaddress", vm.ip).put("macaddress", vm.mac);
        ObjectNode details = node.putObject("details");
        if (deploying) {
            details.put("deployvm", "true");
        }
        node.remove("keypairs");
        if (vm.keyPair != null) {
            details.put("SSH.KeyPairNames", vm.keyPair);
            node.put("keypairs", vm.keyPair);
        }
        PublicIp ip = state.ipOf(vm);
        if (ip != null) {
            node.put("publicipid", ip.id).put("publicip", ip.address);
        }
        if (withUserData && vm.userData != null) {
            node.put("userdata", vm.userData);
        }
        if (vm.countersSince != null) {
            FakeVmStats.put(node, vm, state.now(), state.keepsStatsHistory());
        }
        return node;
    }

    ObjectNode volume(Volume volume) {
        Recorded base = volume.vm != null ? (volume.root ? Recorded.ROOT_VOLUME : Recorded.ATTACHED_DATA_VOLUME)
                : volume.state.equals("Allocated") ? Recorded.NEW_DATA_VOLUME : Recorded.DETACHED_DATA_VOLUME;
        ObjectNode node = base.copy().put("id", volume.id).put("name", volume.name).put("zoneid", volume.zone.id())
                .put("zonename", volume.zone.name()).put("type", volume.root ? "ROOT" : "DATADISK")
                .put("size", volume.size).put("created", FakeRender.time(volume.created)).put("state", volume.state);
        FakeRender.owner(node, volume.owner);
        if (volume.vm != null) {
            node.put("deviceid", volume.deviceId).put("virtualmachineid", volume.vm.id).put("vmname", volume.vm.name)
                    .put("vmdisplayname", volume.vm.name).put("vmstate", volume.vm.state);
        }
        if (volume.root && volume.vm != null) {
            node.put("templateid", volume.template.id).put("templatename", volume.template.name)
                    .put("templatedisplaytext", volume.template.displayText)
                    .put("serviceofferingid", volume.vm.offering.id())
                    .put("serviceofferingname", volume.vm.offering.name())
                    .put("serviceofferingdisplaytext", volume.vm.offering.name());
        }
        if (volume.offering != null && node.has("diskofferingid")) {
            node.put("diskofferingid", volume.offering.id()).put("diskofferingname", volume.offering.name())
                    .put("diskofferingdisplaytext", volume.offering.name());
        }
        if (node.has("attached") && volume.attached != null) {
            node.put("attached", FakeRender.time(volume.attached));
        }
        if (volume.snapshotId != null) {
            node.put("snapshotid", volume.snapshotId);
        }
        if (volume.minIops != null) {
            node.put("miniops", volume.minIops).put("maxiops", volume.maxIops);
        }
        return node;
    }

    ObjectNode snapshot(Snapshot snapshot) {
        ObjectNode node = Recorded.SNAPSHOT.copy().put("id", snapshot.id).put("volumeid", snapshot.volumeId)
                .put("volumename", snapshot.volumeName).put("volumetype", snapshot.volumeType)
                .put("created", FakeRender.time(snapshot.created)).put("name", snapshot.name)
                .put("state", snapshot.state).put("zoneid", snapshot.zone.id()).put("zonename", snapshot.zone.name())
                .put("virtualsize", snapshot.size).put("physicalsize", snapshot.size);
        FakeRender.owner(node, snapshot.owner);
        return node;
    }

    /** The template as listed in one zone (CloudStack lists a template once per zone that has it). */
    ObjectNode template(Template template, Zone zone) {
        ObjectNode node = (template.owner == null ? Recorded.BUILTIN_TEMPLATE : Recorded.USER_TEMPLATE).copy()
                .put("id", template.id).put("name", template.name).put("displaytext", template.displayText)
                .put("ispublic", template.isPublic).put("isfeatured", template.featured)
                .put("created", FakeRender.time(template.created)).put("isready", template.ready)
                .put("status", template.ready ? "Download Complete" : "Processing").put("zoneid", zone.id())
                .put("zonename", zone.name()).put("size", template.size).put("arch", template.arch);
        FakeRender.owner(node, template.owner);
        if (template.owner != null) {
            if (template.sourceTemplateId != null) {
                node.put("sourcetemplateid", template.sourceTemplateId);
            } else {
                node.remove("sourcetemplateid");
            }
        }
        return node;
    }
}
