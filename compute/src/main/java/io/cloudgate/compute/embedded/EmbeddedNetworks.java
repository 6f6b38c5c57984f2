package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Networks;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.embedded.StoredRecords.AccountDoc;
import java.util.List;
import java.util.Optional;

/**
 * Networks and subnets. Every account gets a default network (172.31.0.0/16, one /20 default subnet per
 * zone, a default group) the first time it looks at networks or launches; deleting it is allowed and it is
 * then only recreated on an explicit {@link #defaultNetwork} call.
 */
final class EmbeddedNetworks implements Networks {
    private static final String DEFAULT_CIDR = "172.31.0.0/16";
    /** The first four addresses and the last of a subnet are reserved, as on EC2. */
    static final int RESERVED_ADDRESSES = 5;

    private final ComputeTables tables;
    private final AccountLocks locks;
    private final MachineRecords machines;
    private final EmbeddedSettings settings;

    EmbeddedNetworks(ComputeTables tables, AccountLocks locks, MachineRecords machines, EmbeddedSettings settings) {
        this.tables = tables;
        this.locks = locks;
        this.machines = machines;
        this.settings = settings;
    }

    @Override
    public Network defaultNetwork(String account) {
        return locks.inAccount(account, () -> {
            Optional<Network> existing = tables.networks.all(account).stream()
                    .filter(Network::isDefault).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            Network network = insertNetwork(account, Cidr.parse(DEFAULT_CIDR), true);
            for (int i = 0; i < settings.zones().size(); i++) {
                // 172.31.0.0/20, 172.31.16.0/20, ...: consecutive /20 blocks.
                String cidr = new Cidr(Cidr.parse(DEFAULT_CIDR).base() + (long) i * 4096, 20).toString();
                insertSubnet(account, network.id(), cidr, settings.zones().get(i), true);
            }
            tables.accounts.put(account, ComputeTables.ACCOUNT_KEY, new AccountDoc(true));
            return network;
        });
    }

    /** Creates the default network unless the account already had one. */
    void ensureProvisioned(String account) {
        if (tables.accounts.get(account, ComputeTables.ACCOUNT_KEY).isEmpty()) {
            defaultNetwork(account);
        }
    }

    @Override
    public List<Network> list(String account) {
        ensureProvisioned(account);
        return tables.networks.all(account);
    }

    @Override
    public Optional<Network> find(String account, String networkId) {
        ensureProvisioned(account);
        return networkId == null ? Optional.empty() : tables.networks.get(account, networkId);
    }

    Network require(String account, String networkId) {
        return find(account, networkId).orElseThrow(() -> ComputeException.notFound("Network " + networkId));
    }

    @Override
    public Network create(String account, String cidr) {
        Cidr block = sizedBlock(cidr);
        ensureProvisioned(account);
        return locks.inAccount(account, () -> insertNetwork(account, block, false));
    }

    @Override
    public void delete(String account, String networkId) {
        locks.inAccount(account, () -> {
            Network network = require(account, networkId);
            if (tables.subnets.all(account).stream().anyMatch(s -> s.networkId().equals(networkId))) {
                throw new ComputeException(Kind.IN_USE, "Network " + networkId + " has subnets");
            }
            if (machines.active(account).stream().anyMatch(m -> networkId.equals(m.networkId()))) {
                throw new ComputeException(Kind.IN_USE, "Network " + networkId + " has machines");
            }
            var groups = tables.securityGroups.all(account).stream()
                    .filter(g -> g.networkId().equals(networkId)).toList();
            if (groups.stream().anyMatch(g -> !GroupRecords.isDefault(g))) {
                throw new ComputeException(Kind.IN_USE, "Network " + networkId + " has security groups");
            }
            groups.forEach(g -> tables.securityGroups.delete(account, g.id()));
            tables.networks.delete(account, network.id());
        });
    }

    @Override
    public List<Subnet> subnets(String account) {
        ensureProvisioned(account);
        List<Machine> active = machines.active(account);
        return tables.subnets.all(account).stream().map(s -> withAvailable(s, active)).toList();
    }

    @Override
    public Optional<Subnet> findSubnet(String account, String subnetId) {
        ensureProvisioned(account);
        if (subnetId == null) {
            return Optional.empty();
        }
        return tables.subnets.get(account, subnetId).map(s -> withAvailable(s, machines.active(account)));
    }

    Subnet requireSubnet(String account, String subnetId) {
        return findSubnet(account, subnetId).orElseThrow(() -> ComputeException.notFound("Subnet " + subnetId));
    }

    /**
     * A subnet to launch into, as stored: without counting its free addresses, which takes a pass over the
     * account's machines (launches pick an address from that pass themselves).
     */
    Subnet launchSubnet(String account, String subnetId) {
        ensureProvisioned(account);
        return tables.subnets.get(account, subnetId)
                .orElseThrow(() -> ComputeException.notFound("Subnet " + subnetId));
    }

    /** The default network's subnet in the zone (null: the first zone), as stored: see {@link #launchSubnet}. */
    Subnet defaultSubnet(String account, String zone) {
        Network network = defaultNetwork(account);
        String wanted = zone == null ? settings.zones().get(0) : zone;
        return tables.subnets.all(account).stream()
                .filter(s -> s.networkId().equals(network.id()) && s.isDefault() && s.zone().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "No default subnet in zone " + wanted));
    }

    @Override
    public Subnet createSubnet(String account, String networkId, String cidr, String zone) {
        Cidr block = sizedBlock(cidr);
        String subnetZone = zone == null ? settings.zones().get(0) : zone;
        if (!settings.zones().contains(subnetZone)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Unknown zone " + zone);
        }
        return locks.inAccount(account, () -> {
            Network network = require(account, networkId);
            if (!Cidr.parse(network.cidr()).contains(block)) {
                throw new ComputeException(Kind.INVALID_ARGUMENT,
                        "The CIDR " + cidr + " is outside the network's range " + network.cidr());
            }
            boolean overlaps = tables.subnets.all(account).stream()
                    .filter(s -> s.networkId().equals(networkId))
                    .anyMatch(s -> Cidr.parse(s.cidr()).overlaps(block));
            if (overlaps) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR " + cidr
                        + " conflicts with another subnet");
            }
            return withAvailable(insertSubnet(account, networkId, block.toString(), subnetZone, false), List.of());
        });
    }

    @Override
    public void deleteSubnet(String account, String subnetId) {
        locks.inAccount(account, () -> {
            Subnet subnet = requireSubnet(account, subnetId);
            if (machines.active(account).stream().anyMatch(m -> subnetId.equals(m.subnetId()))) {
                throw new ComputeException(Kind.IN_USE, "Subnet " + subnetId + " has machines");
            }
            tables.subnets.delete(account, subnet.id());
        });
    }

    private Network insertNetwork(String account, Cidr block, boolean isDefault) {
        Network network = new Network(ComputeTables.newId(), account, block.toString(), isDefault, "available");
        tables.networks.put(account, network.id(), network);
        var group = GroupRecords.defaultGroup(account, network.id());
        tables.securityGroups.put(account, group.id(), group);
        return network;
    }

    private Subnet insertSubnet(String account, String networkId, String cidr, String zone, boolean isDefault) {
        Subnet subnet = new Subnet(ComputeTables.newId(), account, networkId, cidr, zone, isDefault, 0, "available");
        tables.subnets.put(account, subnet.id(), subnet);
        return subnet;
    }

    private static Subnet withAvailable(Subnet subnet, List<Machine> active) {
        long used = active.stream().filter(m -> subnet.id().equals(m.subnetId())).count();
        long size = Cidr.parse(subnet.cidr()).size();
        return new Subnet(subnet.id(), subnet.owner(), subnet.networkId(), subnet.cidr(), subnet.zone(),
                subnet.isDefault(), (int) Math.max(0, size - RESERVED_ADDRESSES - used), subnet.state());
    }

    /** Networks and subnets are /16 to /28, as on EC2. */
    private static Cidr sizedBlock(String cidr) {
        Cidr block = Cidr.parse(cidr);
        if (block.prefix() < 16 || block.prefix() > 28) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The CIDR " + cidr + " must be between /16 and /28");
        }
        return block;
    }
}
