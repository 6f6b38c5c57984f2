package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Image;
import java.time.Instant;
import java.util.Set;

/** A Glance v2 image as an AMI: the admin project's public images are the catalog (no owner). */
final class GlanceImageToImage {
    private GlanceImageToImage() {
    }

    /** The image; owner is the owning account (null for the catalog), launchAccounts those it is shared with. */
    static Image apply(JsonNode image, String owner, Set<String> launchAccounts) {
        long bytes = image.path("size").asLong(0);
        int sizeGib = Math.max(image.path("min_disk").asInt(0), (int) Math.ceil(bytes / (1024.0 * 1024 * 1024)));
        return new Image(image.path("id").asText(), owner, image.path("name").asText(),
                image.path("description").asText(null), image.path("visibility").asText().equals("public"),
                architecture(image.path("architecture").asText("x86_64")), null, "/dev/vda", Math.max(1, sizeGib),
                state(image.path("status").asText()), Instant.parse(image.path("created_at").asText()), Set.copyOf(launchAccounts));
    }

    static String architecture(String glance) {
        return switch (glance) {
            case "aarch64", "arm64" -> "arm64";
            default -> "x86_64";
        };
    }

    private static String state(String status) {
        return switch (status) {
            case "active" -> "available";
            case "killed", "deleted", "deactivated" -> "failed";
            default -> "pending";
        };
    }
}
