package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.Actor;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.CloudStackException;
import io.cloudgate.cloudstack.client.JobResult;
import io.cloudgate.compute.Image;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * CreateImage of a running machine. CloudStack makes templates only from the volumes of stopped VMs, or from
 * snapshots, so the root volume is snapshotted first; each tick looks at the capture's job, makes the template from
 * the snapshot once it is backed up, and deletes the snapshot once the template exists. Until then the image is
 * shown pending under the id the capture got at once (see {@link ImageIds}).
 */
final class ImageCaptures {
    /** A capture in flight: its snapshot job, then (templating) its template job. */
    record Capture(String tenant, Actor actor, String captureId, String name, String description, String osTypeId,
                   String architecture, int sizeGib, Instant startedAt, String snapshotId, String jobId,
                   boolean templating, boolean failed) {
        Image image() {
            return new Image(captureId, tenant, name, description, false, architecture, null, Devices.ROOT, sizeGib,
                    failed ? "failed" : "pending", startedAt, Set.of());
        }
    }

    private final CloudStackClient client;
    private final ImageIds ids;
    private final Consumer<String> changed;
    private final Map<String, Capture> inFlight = new ConcurrentHashMap<>();

    /** @param changed told the tenant whose capture moved on, to drop its cached lists */
    ImageCaptures(CloudStackClient client, ImageIds ids, Consumer<String> changed) {
        this.client = client;
        this.ids = ids;
        this.changed = changed;
    }

    /** Snapshots the root volume; CloudStack's refusal is thrown. */
    Image start(String tenant, Actor actor, String rootVolumeId, String name, String description, String osTypeId,
                String architecture, int sizeGib, Instant now) {
        AsyncJob job = client.submit("createSnapshot", Map.of("volumeid", rootVolumeId, "name", "image " + name),
                actor);
        Capture capture = new Capture(tenant, actor, ImageIds.newCaptureId(), name, description, osTypeId,
                architecture, sizeGib, now, job.resourceId(), job.jobId(), false, false);
        inFlight.put(capture.captureId(), capture);
        return capture.image();
    }

    /** The tenant's captures whose template does not exist yet. */
    List<Image> pending(String tenant) {
        return inFlight.values().stream().filter(c -> c.tenant().equals(tenant) && !c.templating())
                .map(Capture::image).toList();
    }

    Optional<Image> pending(String tenant, String captureId) {
        return pending(tenant).stream().filter(image -> image.id().equals(captureId)).findFirst();
    }

    /** One look at every capture's job; an outage leaves it for the next tick. */
    void poll() {
        for (Capture capture : List.copyOf(inFlight.values())) {
            if (capture.failed()) {
                continue;
            }
            JobResult result;
            try {
                result = client.queryJob(capture.jobId());
                if (result.done()) {
                    advance(capture, result);
                    changed.accept(capture.tenant());
                }
            } catch (CloudStackException e) {
                // The next tick asks again.
            }
        }
    }

    private void advance(Capture capture, JobResult result) {
        if (capture.templating()) {
            inFlight.remove(capture.captureId());
            client.submit("deleteSnapshot", Map.of("id", capture.snapshotId()), capture.actor());
        } else if (result.status() == JobResult.Status.FAILED) {
            inFlight.put(capture.captureId(), failed(capture));
        } else {
            AsyncJob template = client.submit("createTemplate", Map.of("snapshotid", capture.snapshotId(),
                    "name", capture.name(), "displaytext", capture.description() == null || capture.description()
                            .isBlank() ? capture.name() : capture.description(), "ostypeid", capture.osTypeId()),
                    capture.actor());
            ids.bind(capture.captureId(), template.resourceId());
            inFlight.put(capture.captureId(), new Capture(capture.tenant(), capture.actor(), capture.captureId(),
                    capture.name(), capture.description(), capture.osTypeId(), capture.architecture(),
                    capture.sizeGib(), capture.startedAt(), capture.snapshotId(), template.jobId(), true, false));
        }
    }

    private static Capture failed(Capture c) {
        return new Capture(c.tenant(), c.actor(), c.captureId(), c.name(), c.description(), c.osTypeId(),
                c.architecture(), c.sizeGib(), c.startedAt(), c.snapshotId(), c.jobId(), false, true);
    }
}
