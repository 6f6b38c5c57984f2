package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.CloudStackException;
import io.cloudgate.cloudstack.client.JobResult;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the adapter's parts share: the client, the tenant links, caches, the job tracker, the deploy queue and the
 * machines' usage.
 * Every call goes through here so that errors are translated and a tenant's writes drop its cached lists.
 */
final class Backend {
    /** How many polls a short job (rules, attach, detach, address) gets before the call gives up. */
    private static final int SHORT_JOB_POLLS = 60;

    final CloudStackClient client;
    final AccountLinks links;
    final Catalog catalog;
    final InstanceTypeMapping types;
    final VolumeTypeMapping volumeTypes;
    final MachineIds machineIds;
    final MachineTombstones tombstones;
    final DeviceNames devices;
    final KeyMaterial keys;
    final VisibleTemplates templates;
    final ImageIds imageIds;
    final ImageCaptures captures;
    final JobTracker tracker;
    final DeployQueue deploys;
    final Clock clock;
    final CloudStackSettings settings;
    final UsageRecords usage;
    final RuleIds ruleIds;
    final ServerVersion version;
    private final ListCache lists;
    private final ShortJobPause pause;

    Backend(CloudStackClient client, DocumentStore store, CloudStackSettings settings, Clock clock,
            ShortJobPause pause) {
        this.client = client;
        this.links = new AccountLinks(store);
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
        this.lists = new ListCache(clock, settings.listCacheTtl());
        this.catalog = new Catalog(client, clock, settings.catalogTtl());
        this.types = new InstanceTypeMapping(settings.instanceTypes());
        this.volumeTypes = new VolumeTypeMapping(settings.volumeTypes());
        this.machineIds = new MachineIds(store);
        this.tombstones = new MachineTombstones(store);
        this.devices = new DeviceNames(store);
        this.keys = new KeyMaterial(store);
        this.templates = new VisibleTemplates(this);
        this.imageIds = new ImageIds(store);
        this.captures = new ImageCaptures(client, imageIds, lists::invalidate);
        this.tracker = new JobTracker(client, lists::invalidate);
        this.deploys = new DeployQueue(client, machineIds, tracker, clock, settings.deploysPerSecond());
        this.usage = new UsageRecords(store);
        this.ruleIds = new RuleIds(store);
        this.version = new ServerVersion(client);
    }

    /** All items of a list command for the tenant, from the short-lived cache. */
    List<JsonNode> list(String tenant, String command, Map<String, String> params, String array, String what) {
        AccountLink link = links.require(tenant);
        return guard(what, () -> lists.get(tenant, command, params,
                () -> client.list(command, params, array, link.actor())));
    }

    /** A synchronous change. */
    JsonNode call(String tenant, String command, Map<String, String> params, String what) {
        AccountLink link = links.require(tenant);
        try {
            return guard(what, () -> client.execute(command, params, link.actor()));
        } finally {
            lists.invalidate(tenant);
        }
    }

    /** Submits an async change and returns without waiting. */
    AsyncJob submit(String tenant, String command, Map<String, String> params, String what) {
        AccountLink link = links.require(tenant);
        try {
            return guard(what, () -> client.submit(command, params, link.actor()));
        } finally {
            lists.invalidate(tenant);
        }
    }

    /** Submits a short async change and waits for its result (the object of {@code type} in it, or null). */
    JsonNode submitAndWait(String tenant, String command, Map<String, String> params, String what, String type) {
        AsyncJob job = submit(tenant, command, params, what);
        for (int poll = 0; poll < SHORT_JOB_POLLS; poll++) {
            JobResult result = guard(what, () -> client.queryJob(job.jobId()));
            if (result.status() == JobResult.Status.SUCCEEDED) {
                lists.invalidate(tenant);
                return result.object(type).orElse(null);
            }
            if (result.status() == JobResult.Status.FAILED) {
                lists.invalidate(tenant);
                throw BackendErrors.translate(result.failure(), what);
            }
            pause.pause(Duration.ofSeconds(1));
        }
        throw new ComputeException(ComputeException.Kind.UNAVAILABLE, "The cloud did not finish in time");
    }

    void changed(String tenant) {
        lists.invalidate(tenant);
    }

    /** After a change other tenants see (template permissions): their cached answers of the command go too. */
    void changedForAll(String command) {
        lists.invalidateCommand(command);
    }

    /** Sends queued deploys and looks at pending jobs: what the scheduler runs every poll interval. */
    void tick() {
        deploys.drain(settings.deploysPerSecond() * (int) Math.max(1, settings.pollInterval().toSeconds()));
        tracker.poll();
        captures.poll();
    }

    static <T> T guard(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (CloudStackException e) {
            throw BackendErrors.translate(e, what);
        }
    }
}
