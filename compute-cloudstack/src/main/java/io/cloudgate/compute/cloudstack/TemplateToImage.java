package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Image;
import java.util.Locale;
import java.util.Set;

/**
 * A CloudStack {@code template} as a port {@link Image}. Templates of the cloud itself (BUILTIN or owned by
 * the system/admin accounts and public) have no owner, like AWS's catalog; the tenant's own have the tenant.
 */
final class TemplateToImage {
    private TemplateToImage() {
    }

    static Image apply(JsonNode template, String owner) {
        return apply(template, owner, Fields.text(template, "id"));
    }

    /** @param imageId the port's id for the template (see {@link ImageIds}) */
    static Image apply(JsonNode template, String owner, String imageId) {
        String arch = Fields.text(template, "arch");
        String os = Fields.text(template, "ostypename");
        boolean ready = Fields.bool(template, "isready");
        String status = Fields.text(template, "status");
        String state = ready ? "available" : status != null && status.toLowerCase(Locale.ROOT).contains("error")
                ? "failed" : "pending";
        return new Image(imageId, owner, Fields.text(template, "name"),
                Fields.text(template, "displaytext"), Fields.bool(template, "ispublic"),
                arch == null || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "arm64" : arch,
                os != null && os.toLowerCase(Locale.ROOT).contains("windows") ? "windows" : null, Devices.ROOT,
                Fields.gib(template, "size"), state, Fields.instant(template, "created"), Set.of());
    }
}
