package io.cloudgate.compute.cloudstack.fake;

import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.DiskOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Group;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.KeyPair;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.PublicIp;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.ServiceOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Snapshot;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Template;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Volume;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the fake management server knows, in memory. Every request runs under this object's lock, so
 * concurrent requests are serialized as a database would serialize them.
 */
final class FakeState {
    static final String DOMAIN_ID = "9f2495a9-e567-11f1-98b2-62e5580a28ab";
    static final long GIB = 1L << 30;

    final Clock clock;
    final FakeLimits limits;
    final FakeJobs jobs;
    final Account admin;
    final Map<String, Account> accounts = new LinkedHashMap<>();
    final List<Zone> zones = new ArrayList<>();
    final List<ServiceOffering> serviceOfferings = new ArrayList<>();
    final List<DiskOffering> diskOfferings = new ArrayList<>();
    final Map<String, Template> templates = new LinkedHashMap<>();
    final Map<String, Vm> vms = new LinkedHashMap<>();
    final Map<String, Volume> volumes = new LinkedHashMap<>();
    final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Map<String, KeyPair> keyPairs = new LinkedHashMap<>();
    final Map<String, PublicIp> ips = new LinkedHashMap<>();
    final Map<String, FakeEntities.Vpc> vpcs = new LinkedHashMap<>();
    final Map<String, FakeEntities.Tier> tiers = new LinkedHashMap<>();
    private int instanceNumber = 1;
    /** The version listCapabilities answers: the recorded server's unless a test runs an older one. */
    String version = "4.21.0.0";

    FakeState(Clock clock, FakeLimits limits) {
        this.clock = clock;
        this.limits = limits;
        this.jobs = new FakeJobs(clock);
        this.admin = createAccount("admin");
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    Instant now() {
        return clock.instant();
    }

    /** Whether the server keeps VMs' statistics per collection (4.17 and later), see {@link FakeVmStats}. */
    boolean keepsStatsHistory() {
        String[] parts = version.split("\\.");
        int major = Integer.parseInt(parts[0]);
        return major > 4 || (major == 4 && Integer.parseInt(parts[1]) >= 17);
    }

    int nextInstanceNumber() {
        return instanceNumber++;
    }

    /** A CloudStack account with its default security group, as account creation makes in SG zones. */
    Account createAccount(String name) {
        Account account = new Account(newId(), name, DOMAIN_ID);
        accounts.put(name, account);
        Group group = new Group();
        group.id = newId();
        group.name = "default";
        group.description = "Default Security Group";
        group.owner = account;
        groups.put(group.id, group);
        account.defaultGroupId = group.id;
        return account;
    }

    /** The entity of that id, or the "invalid parameter" error CloudStack gives for an id that names nothing. */
    <T> T find(Map<String, T> map, FakeRequest request, String param) {
        String id = request.require(param);
        T found = map.get(id);
        if (found == null) {
            throw FakeApiError.invalidId(request.command(), param, id);
        }
        return found;
    }

    /** What a caller may touch: its own, or anything when the admin acts as itself. */
    static void checkOwner(Account caller, Account owner) {
        if (caller.name.equals("admin") || Objects.equals(caller, owner)) {
            return;
        }
        throw new FakeApiError(531, 4365, "Account " + caller.name + " does not have permission to operate with"
                + " resource of account " + (owner == null ? "system" : owner.name));
    }

    long storageGib(Account account) {
        return volumes.values().stream().filter(v -> v.owner == account).mapToLong(v -> v.size / GIB).sum();
    }

    Zone zoneOf(String networkId) {
        return zones.stream().filter(z -> networkId.equals(z.networkId())).findFirst().orElse(null);
    }

    /** The next free address of the zone's shared network (.1 is the gateway). */
    String freeGuestIp(Zone zone) {
        long base = address(zone.cidr().substring(0, zone.cidr().indexOf('/')));
        long size = 1L << (32 - Integer.parseInt(zone.cidr().substring(zone.cidr().indexOf('/') + 1)));
        for (long host = 2; host < size - 1; host++) {
            String ip = text(base + host);
            if (guestIpFree(zone, ip)) {
                return ip;
            }
        }
        throw new FakeApiError(533, 4300, "Insufficient address capacity");
    }

    /** Whether the address is a host address of the zone's network other than its gateway. */
    static boolean inNetwork(Zone zone, String ip) {
        long base = address(zone.cidr().substring(0, zone.cidr().indexOf('/')));
        long size = 1L << (32 - Integer.parseInt(zone.cidr().substring(zone.cidr().indexOf('/') + 1)));
        long wanted = address(ip);
        return wanted > base + 1 && wanted < base + size - 1;
    }

    static long address(String ip) {
        String[] parts = ip.split("\\.");
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String part : parts) {
            try {
                value = value * 256 + Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return value;
    }

    static String text(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }

    boolean guestIpFree(Zone zone, String ip) {
        return vms.values().stream().noneMatch(vm -> vm.zone == zone && vm.tier == null && ip.equals(vm.ip));
    }

    boolean tierIpFree(FakeEntities.Tier tier, String ip) {
        return vms.values().stream().noneMatch(vm -> vm.tier == tier && ip.equals(vm.ip));
    }

    /** A free public address of the zone's pool, allocated to the account. */
    PublicIp allocatePublicIp(Zone zone, Account owner, boolean system) {
        for (int host = 10; host < 250; host++) {
            String address = zone.publicPrefix() + host;
            if (ips.values().stream().noneMatch(ip -> ip.address.equals(address))) {
                PublicIp ip = new PublicIp();
                ip.id = newId();
                ip.address = address;
                ip.zone = zone;
                ip.owner = owner;
                ip.system = system;
                ip.allocated = now();
                ip.state = "Allocated";
                ips.put(ip.id, ip);
                return ip;
            }
        }
        throw new FakeApiError(533, 4300, "Insufficient address capacity");
    }

    PublicIp ipOf(Vm vm) {
        return ips.values().stream().filter(ip -> ip.vm == vm).findFirst().orElse(null);
    }

    /** Elastic IP on start: a VM without a public address gets a system one (RulesManager on finalizeStart). */
    void giveSystemIp(Vm vm) {
        if (ipOf(vm) == null && vm.zone.securityGroups()) {
            allocatePublicIp(vm.zone, vm.owner, true).vm = vm;
        }
    }

    /** Elastic IP on stop: the system address goes back to the pool, an account's own stays. */
    void releaseSystemIp(Vm vm) {
        PublicIp ip = ipOf(vm);
        if (ip != null && ip.system) {
            ips.remove(ip.id);
        }
    }

    /** What expunging a VM does: its ROOT volume goes, data volumes are detached, its addresses are let go. */
    void expunge(Vm vm) {
        volumes.values().removeIf(v -> v.vm == vm && v.root);
        volumes.values().stream().filter(v -> v.vm == vm).forEach(v -> {
            v.vm = null;
            v.deviceId = null;
            v.attached = null;
        });
        ips.values().removeIf(ip -> ip.vm == vm && ip.system);
        ips.values().stream().filter(ip -> ip.vm == vm).forEach(ip -> ip.vm = null);
        vms.remove(vm.id);
    }

    void touch(Vm vm, String state) {
        vm.state = state;
        vm.lastUpdated = now();
    }
}
