package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.HttpCloudStackTransport;
import io.cloudgate.cloudstack.client.ResilienceSettings;
import io.cloudgate.cloudstack.client.ResilientTransport;
import io.cloudgate.compute.Compute;
import io.cloudgate.compute.ComputeParts;
import io.cloudgate.compute.Zone;
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
    private final ComputeParts parts;
    private final ScheduledExecutorService scheduler;
    private final UsageSampler usageSampler;

    CloudStackCompute(Backend backend, ScheduledExecutorService scheduler) {
        this.backend = backend;
        CloudStackMachines machines = new CloudStackMachines(backend);
        CloudStackVolumes volumes = new CloudStackVolumes(backend);
        this.parts = new ComputeParts(
                () -> Backend.guard("zone", backend.catalog::zones).stream().map(ZoneToZone::apply).toList(),
                () -> backend.types.types(Backend.guard("instance type", backend.catalog::offerings)),
                new CloudStackImages(backend, machines, volumes), new CloudStackKeyPairs(backend),
                new CloudStackNetworks(backend), new CloudStackSecurityGroups(backend), machines, volumes,
                new CloudStackAddresses(backend));
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
    public ComputeParts parts() {
        return parts;
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
