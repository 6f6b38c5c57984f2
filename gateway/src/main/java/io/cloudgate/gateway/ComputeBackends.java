package io.cloudgate.gateway;

import io.cloudgate.compute.Compute;
import io.cloudgate.compute.cloudstack.AccountLinks;
import io.cloudgate.compute.cloudstack.CloudStackCompute;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.compute.openstack.ProjectLinks;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Opens the compute port the configuration names: the embedded cloud (default), a CloudStack or an OpenStack. */
final class ComputeBackends {
    private ComputeBackends() {
    }

    /**
     * An open compute port.
     *
     * @param cloudStackLinks where tenants are linked to CloudStack accounts; null with another backend
     * @param openStackLinks  where tenants are linked to OpenStack projects; null with another backend
     */
    record OpenedCompute(Compute compute, AccountLinks cloudStackLinks, ProjectLinks openStackLinks,
                         AutoCloseable resources) {
        void close() {
            try {
                resources.close();
            } catch (Exception e) {
                // Shutting down: the backend's threads and connections go with the process anyway.
            }
        }
    }

    static OpenedCompute open(GatewayConfig config, DocumentStore store, Clock clock) {
        GatewayConfig.ComputeBackend backend = config.compute();
        if (backend != null && GatewayConfig.ComputeBackend.CLOUDSTACK.equals(backend.name())) {
            CloudStackCompute cloudStack = CloudStackCompute.open(backend.cloudStack(), store, clock, scheduler());
            return new OpenedCompute(cloudStack, cloudStack.links(), null, cloudStack);
        }
        if (backend != null && GatewayConfig.ComputeBackend.OPENSTACK.equals(backend.name())) {
            return OpenStackBackend.open(backend.openStack(), store, clock);
        }
        EmbeddedSettings cloud = EmbeddedSettings.defaults().withRegion(config.region());
        GatewayConfig.CloudLimits limits = config.cloudLimits();
        EmbeddedCompute embedded = EmbeddedCompute.open(store, clock, cloud.withLimits(limits.machineQuotaPerAccount(),
                limits.vcpuCapacity(), limits.volumeQuotaGibPerAccount(), cloud.addressQuotaPerAccount())
                .withWebServerPortOffset(config.webServerPortOffset()));
        return new OpenedCompute(embedded, null, null, embedded);
    }

    /** The thread that sends queued deploys and polls CloudStack's jobs. */
    private static ScheduledExecutorService scheduler() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cloudstack-jobs");
            thread.setDaemon(true);
            return thread;
        });
    }
}
