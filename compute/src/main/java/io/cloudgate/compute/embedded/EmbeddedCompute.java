package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Addresses;
import io.cloudgate.compute.Compute;
import io.cloudgate.compute.Images;
import io.cloudgate.compute.KeyPairs;
import io.cloudgate.compute.MachineTypes;
import io.cloudgate.compute.Machines;
import io.cloudgate.compute.Networks;
import io.cloudgate.compute.SecurityGroups;
import io.cloudgate.compute.Volumes;
import io.cloudgate.compute.Zone;
import io.cloudgate.compute.Zones;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.util.List;

/**
 * A simulated cloud kept in the document store: machines boot, stop and terminate over (clock) time,
 * addresses, quotas and capacity are enforced, and every account sees only its own resources. Time-based
 * states are derived from the injected clock on every read, so there are no background threads and tests
 * drive time with a settable clock.
 */
public final class EmbeddedCompute implements Compute {
    private final List<Zone> zones;
    private final EmbeddedSettings settings;
    final EmbeddedImages images;
    final EmbeddedKeyPairs keyPairs;
    final EmbeddedNetworks networks;
    final EmbeddedSecurityGroups securityGroups;
    final EmbeddedVolumes volumes;
    final EmbeddedAddresses addresses;
    private final EmbeddedMachines machines;

    private EmbeddedCompute(DocumentStore store, Clock clock, EmbeddedSettings settings) {
        this.settings = settings;
        this.zones = settings.zones().stream().map(name -> new Zone(name, true)).toList();
        ComputeTables tables = new ComputeTables(store);
        AccountLocks locks = new AccountLocks();
        Lifecycle lifecycle = new Lifecycle(clock, settings);
        MachineRecords machineRecords = new MachineRecords(tables, lifecycle);
        PublicAddressPool pool = new PublicAddressPool(tables.publicAddresses, settings.publicAddressPool());
        VcpuCapacity capacity = new VcpuCapacity(tables.capacity, settings.vcpuCapacity());
        this.keyPairs = new EmbeddedKeyPairs(tables, locks, clock);
        this.networks = new EmbeddedNetworks(tables, locks, machineRecords, settings);
        this.securityGroups = new EmbeddedSecurityGroups(tables, locks, networks, machineRecords);
        this.volumes = new EmbeddedVolumes(tables, locks, lifecycle, machineRecords, settings);
        this.images = new EmbeddedImages(tables, locks, lifecycle, machineRecords, volumes, settings.images());
        this.addresses = new EmbeddedAddresses(tables, locks, machineRecords, pool, settings.addressQuotaPerAccount());
        LoopbackAddresses loopback = new LoopbackAddresses(tables.loopback);
        MachineLauncher launcher = new MachineLauncher(this, machineRecords, capacity, pool, lifecycle, loopback,
                settings.machineQuotaPerAccount());
        this.machines = new EmbeddedMachines(this, locks, machineRecords, launcher, capacity, pool, lifecycle,
                loopback, settings.region());
    }

    public static EmbeddedCompute open(DocumentStore store, Clock clock, EmbeddedSettings settings) {
        return new EmbeddedCompute(store, clock, settings);
    }

    @Override
    public Zones zones() {
        return () -> zones;
    }

    @Override
    public MachineTypes machineTypes() {
        return settings::machineTypes;
    }

    @Override
    public Images images() {
        return images;
    }

    @Override
    public KeyPairs keyPairs() {
        return keyPairs;
    }

    @Override
    public Networks networks() {
        return networks;
    }

    @Override
    public SecurityGroups securityGroups() {
        return securityGroups;
    }

    @Override
    public Machines machines() {
        return machines;
    }

    @Override
    public Volumes volumes() {
        return volumes;
    }

    @Override
    public Addresses addresses() {
        return addresses;
    }
}
