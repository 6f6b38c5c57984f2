package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.PublicIp;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Public addresses of an Elastic IP zone: an account acquires addresses and maps them to its VMs by static NAT;
 * a VM without one holds a system address while it runs. Taking an account's address off a VM gives the VM a
 * system address again (RulesManagerImpl.disableStaticNat for ElasticIp offerings).
 */
final class FakeAddressCommands {
    private static final String CMD = "org.apache.cloudstack.api.command.";
    private static final Set<String> GONE = Set.of("Expunging", "Destroyed");

    private final FakeState state;

    FakeAddressCommands(FakeState state) {
        this.state = state;
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("associateIpAddress", this::associate);
        commands.put("listPublicIpAddresses", this::list);
        commands.put("enableStaticNat", this::enableStaticNat);
        commands.put("disableStaticNat", this::disableStaticNat);
        commands.put("disassociateIpAddress", this::disassociate);
    }

    private ObjectNode associate(FakeRequest r) {
        Account caller = r.caller();
        Zone zone = r.text("networkid") != null ? state.zoneOf(r.text("networkid"))
                : state.find(FakeCatalogCommands.byId(state.zones, Zone::id), r, "zoneid");
        if (zone == null) {
            throw FakeApiError.invalidId(r.command(), "networkid", r.text("networkid"));
        }
        long held = state.ips.values().stream().filter(ip -> ip.owner == caller && !ip.system).count();
        if (held >= state.limits.publicIpsPerAccount()) {
            throw FakeApiError.limit("public_ip", caller);
        }
        PublicIp ip = state.allocatePublicIp(zone, caller, false);
        ip.state = "Allocating";
        FakeJobs.Job job = state.jobs.submit(caller, CMD + "admin.address.AssociateIPAddrCmdByAdmin", "IpAddress",
                ip.id, Duration.ofSeconds(1), FakeJobs.SHORT, () -> {
                    ip.state = "Allocated";
                    ObjectNode result = FakeRender.JSON.createObjectNode();
                    result.set("ipaddress", FakeRender.ip(ip));
                    return result;
                });
        return FakeRender.JSON.createObjectNode().put("id", ip.id).put("jobid", job.id);
    }

    private ObjectNode list(FakeRequest r) {
        String id = r.text("id");
        if (id != null) {
            state.find(state.ips, r, "id");
        }
        return r.list("publicipaddress", state.ips.values().stream()
                .filter(ip -> ip.owner == r.caller() || r.listAll()).filter(ip -> id == null || ip.id.equals(id))
                .filter(ip -> r.text("ipaddress") == null || ip.address.equals(r.text("ipaddress")))
                .map(FakeRender::ip).toList());
    }

    private ObjectNode enableStaticNat(FakeRequest r) {
        PublicIp ip = owned(r, "ipaddressid");
        Vm vm = state.find(state.vms, r, "virtualmachineid");
        FakeState.checkOwner(r.caller(), vm.owner);
        if (ip.system) {
            throw FakeApiError.invalid("Can't enable static nat for system IP address " + ip.address);
        }
        if (GONE.contains(vm.state)) {
            throw FakeApiError.invalid("Can't enable static nat for the vm " + vm.id + " in state " + vm.state);
        }
        if (vm.zone != ip.zone) {
            throw FakeApiError.invalid("Vm doesn't belong to the network with specified id");
        }
        if (ip.vm != null && ip.vm != vm) {
            throw FakeApiError.invalid("Failed to enable static nat for the ip address id=" + ip.id
                    + " as it's already assigned to vm id=" + ip.vm.id);
        }
        PublicIp current = state.ipOf(vm);
        if (current != null && current != ip && !current.system) {
            throw FakeApiError.invalid("Failed to enable static nat for the ip address id=" + ip.id + " as vm id="
                    + vm.id + " is already associated with ip id=" + current.id);
        }
        if (current != null && current.system) {
            state.ips.remove(current.id);
        }
        ip.vm = vm;
        return FakeRender.JSON.createObjectNode().put("success", true);
    }

    private ObjectNode disableStaticNat(FakeRequest r) {
        PublicIp ip = owned(r, "ipaddressid");
        if (ip.system) {
            throw FakeApiError.invalid("Can't disable static nat for system IP address with specified id");
        }
        if (ip.vm == null) {
            throw FakeApiError.invalid("Specified IP address id is not associated with any vm Id");
        }
        return job(r, "user.nat.DisableStaticNatCmd", ip, () -> free(ip));
    }

    private ObjectNode disassociate(FakeRequest r) {
        PublicIp ip = owned(r, "id");
        return job(r, "user.address.DisassociateIPAddrCmd", ip, () -> {
            free(ip);
            state.ips.remove(ip.id);
        });
    }

    /** Takes the address off its VM, which gets a system address in its place. */
    private void free(PublicIp ip) {
        Vm vm = ip.vm;
        ip.vm = null;
        if (vm != null && !GONE.contains(vm.state)) {
            state.giveSystemIp(vm);
        }
    }

    private PublicIp owned(FakeRequest r, String param) {
        PublicIp ip = state.find(state.ips, r, param);
        FakeState.checkOwner(r.caller(), ip.owner);
        return ip;
    }

    private ObjectNode job(FakeRequest r, String cmd, PublicIp ip, Runnable work) {
        FakeJobs.Job job = state.jobs.submit(r.caller(), CMD + cmd, "IpAddress", ip.id, Duration.ofSeconds(1),
                FakeJobs.SHORT, () -> {
                    work.run();
                    return FakeRender.JSON.createObjectNode().put("success", true);
                });
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }
}
