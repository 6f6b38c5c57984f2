package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Compute;
import io.cloudgate.compute.ComputeParts;
import io.cloudgate.compute.Zone;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.util.List;

/**
 * A simulated cloud kept in the document store: machines boot, stop and terminate over (clock) time,
 * addresses, quotas and capacity are enforced, and every account sees only its own resources. Time-based
 * states are derived from the injected clock on every read, so there are no background threads and tests
 * drive time with a settable clock. The one exception is opt-in: {@link #serveWebServers} starts the servers of
 * the web-server image's machines, which {@link #close} stops.
 */
public final class EmbeddedCompute implements Compute, AutoCloseable {
    /** The name of the catalog image whose running machines serve HTTP on their loopback address. */
    public static final String WEB_SERVER_IMAGE_NAME = ImageCatalog.WEB_SERVER;

    private final EmbeddedSettings settings;
    final EmbeddedImages images;
    final EmbeddedKeyPairs keyPairs;
    final EmbeddedNetworks networks;
    final EmbeddedSecurityGroups securityGroups;
    final EmbeddedVolumes volumes;
    final EmbeddedAddresses addresses;
    private final LoopbackAddresses loopback;
    private final MachineRecords machineRecords;
    private final ComputeParts parts;
    private WebServerFleet webServers;

    private EmbeddedCompute(DocumentStore store, Clock clock, EmbeddedSettings settings) {
        this.settings = settings;
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
        this.machineRecords = machineRecords;
        this.loopback = new LoopbackAddresses(tables.loopback);
        MachineLauncher launcher = new MachineLauncher(this, machineRecords, capacity, pool, lifecycle, loopback,
                settings.machineQuotaPerAccount());
        EmbeddedMachines machines = new EmbeddedMachines(this, locks, machineRecords, launcher, capacity, pool,
                lifecycle, loopback, settings.region());
        List<Zone> zones = settings.zones().stream().map(name -> new Zone(name, true)).toList();
        this.parts = new ComputeParts(() -> zones, settings::machineTypes, images, keyPairs, networks, securityGroups,
                machines, volumes, addresses);
    }

    public static EmbeddedCompute open(DocumentStore store, Clock clock, EmbeddedSettings settings) {
        return new EmbeddedCompute(store, clock, settings);
    }

    /** The backend id of the web-server image (its EC2 id derives from it, see DescribeImages). */
    public static String webServerImageId() {
        return ImageCatalog.idOf(ImageCatalog.WEB_SERVER);
    }

    /**
     * Starts serving HTTP for the web-server image's machines while they run, on port 80 plus the settings' offset
     * of their loopback address, with pages naming each machine as {@code names} says. Does nothing if already
     * serving.
     */
    public synchronized void serveWebServers(MachineNames names) {
        if (webServers == null) {
            webServers = new WebServerFleet(loopback, machineRecords, webServerImageId(), settings.webServerPort(),
                    names);
            webServers.start();
        }
    }

    /** Stops the web servers, if serving; the cloud's state is in the store, which the caller closes. */
    @Override
    public synchronized void close() {
        if (webServers != null) {
            webServers.close();
            webServers = null;
        }
    }

    @Override
    public ComputeParts parts() {
        return parts;
    }
}
