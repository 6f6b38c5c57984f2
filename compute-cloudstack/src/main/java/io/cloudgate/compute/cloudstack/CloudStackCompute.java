package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.HttpCloudStackTransport;
import io.cloudgate.cloudstack.client.ResilienceSettings;
import io.cloudgate.cloudstack.client.ResilientTransport;
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
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The compute port on Apache CloudStack. Each tenant account acts in the CloudStack account it is linked to
 * ({@link #links()}); a scheduler sends queued deploys and polls jobs every poll interval, and a thread of the
 * adapter's own samples the VMs' usage every minute.
 */
public final class CloudStackCompute implements Compute, AutoCloseable {
    private final Backend backend;
    private final CloudStackMachines machines;
    private final Images images;
    private final KeyPairs keyPairs;
    private final SecurityGroups securityGroups;
    private final Volumes volumes;
    private final Addresses addresses;
    private final Networks networks;
    private final ScheduledExecutorService scheduler;
    private final UsageSampler usageSampler;

    CloudStackCompute(Backend backend, ScheduledExecutorService scheduler) {
        this.backend = backend;
        this.machines = new CloudStackMachines(backend);
        this.volumes = new CloudStackVolumes(backend);
        this.images = new CloudStackImages(backend, machines, volumes);
        this.keyPairs = new CloudStackKeyPairs(backend);
        this.securityGroups = new CloudStackSecurityGroups(backend);
        this.addresses = new CloudStackAddresses(backend);
        this.networks = new CloudStackNetworks(backend);
        this.scheduler = scheduler;
        this.usageSampler = new UsageSampler(backend);
        if (scheduler != null) {
            long period = Math.max(100, backend.settings.pollInterval().toMillis());
            scheduler.scheduleWithFixedDelay(this::tickQuietly, period, period, TimeUnit.MILLISECONDS);
            usageSampler.start();
        }
    }

    /** The adapter on a real endpoint: HTTP with circuit breaker, retry and bulkhead, jobs polled on the scheduler. */
    public static CloudStackCompute open(CloudStackSettings settings, DocumentStore store, Clock clock,
                                         ScheduledExecutorService scheduler) {
        ResilientTransport transport = new ResilientTransport(settings.endpoint().getHost(),
                new HttpCloudStackTransport(settings.endpoint(), settings.requestTimeout()),
                ResilienceSettings.defaults());
        return create(new CloudStackClient(settings.credentials(), transport), settings, store, clock, scheduler,
                duration -> sleep(duration));
    }

    /**
     * The adapter on a given client; a null scheduler leaves ticking to the caller ({@link #tick()}) and starts no
     * usage sampling ({@link #sampleUsage()}).
     */
    public static CloudStackCompute create(CloudStackClient client, CloudStackSettings settings, DocumentStore store,
                                           Clock clock, ScheduledExecutorService scheduler, ShortJobPause pause) {
        Backend backend = new Backend(client, store, settings, clock, pause);
        return new CloudStackCompute(backend, scheduler);
    }

    /** Where operators link tenants to CloudStack accounts. */
    public AccountLinks links() {
        return backend.links;
    }

    /** Sends queued deploys and polls pending jobs once. */
    public void tick() {
        backend.tick();
    }

    /** Records every linked tenant's VM usage of the minute that ended last, as the sampling thread does. */
    void sampleUsage() {
        usageSampler.sampleAll();
    }

    private void tickQuietly() {
        try {
            backend.tick();
        } catch (RuntimeException e) {
            // The next tick tries again; a scheduled task that throws would never run again.
        }
    }

    @Override
    public Zones zones() {
        return () -> Backend.guard("zone", backend.catalog::zones).stream()
                .map(ZoneToZone::apply).toList();
    }

    @Override
    public MachineTypes machineTypes() {
        return () -> backend.types.types(Backend.guard("instance type", backend.catalog::offerings));
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

    @Override
    public void close() {
        usageSampler.close();
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Zones as availability zones: available when CloudStack has them Enabled. */
    static final class ZoneToZone {
        private ZoneToZone() {
        }

        static Zone apply(com.fasterxml.jackson.databind.JsonNode zone) {
            return new Zone(Fields.text(zone, "name"), "Enabled".equals(Fields.text(zone, "allocationstate")));
        }
    }
}
