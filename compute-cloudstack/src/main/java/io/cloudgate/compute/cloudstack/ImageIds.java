package io.cloudgate.compute.cloudstack;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Port ids of images captured from running machines. Such a capture gets an id at once, before its template exists
 * (CloudStack first snapshots the root volume); once the template is made, that id is bound to the template's id
 * both ways. Every other image keeps its template's id.
 */
final class ImageIds {
    private static final String PREFIX = "capture-";

    /** One binding, stored under both ids. */
    record Binding(String captureId, String templateId) {
    }

    private final TypedTable<Binding> byCapture;
    private final TypedTable<Binding> byTemplate;

    ImageIds(DocumentStore store) {
        this.byCapture = TypedTable.cached(store.table("cloudstack-capture-ids"), Binding.class, Duration.ofMinutes(10));
        this.byTemplate = TypedTable.cached(store.table("cloudstack-template-ids"), Binding.class,
                Duration.ofMinutes(10));
    }

    static String newCaptureId() {
        return PREFIX + UUID.randomUUID();
    }

    static boolean isCaptureId(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    void bind(String captureId, String templateId) {
        Binding binding = new Binding(captureId, templateId);
        byCapture.put(captureId, "image", binding);
        byTemplate.put(templateId, "image", binding);
    }

    /** The template behind a port id; empty for a capture whose template does not exist yet. */
    Optional<String> toCloudStack(String portId) {
        if (!isCaptureId(portId)) {
            return Optional.of(portId);
        }
        return byCapture.get(portId, "image").map(Binding::templateId);
    }

    String toPort(String templateId) {
        return templateId == null ? null
                : byTemplate.get(templateId, "image").map(Binding::captureId).orElse(templateId);
    }
}
