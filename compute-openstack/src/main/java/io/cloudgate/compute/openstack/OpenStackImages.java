package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Images;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Glance images: the gateway project's public ones as the catalog, plus each account's own. Capturing, copying
 * and sharing need snapshots of Nova servers and Glance members; this first version offers the catalog and
 * deregistration of own images only.
 */
final class OpenStackImages implements Images {
    private final Backend backend;

    OpenStackImages(Backend backend) {
        this.backend = backend;
    }

    @Override
    public List<Image> visibleTo(String account) {
        String project = backend.project(account);
        String catalog = backend.catalogProject();
        List<Image> images = new ArrayList<>();
        for (JsonNode image : backend.api.get("image", project, "/v2/images?limit=1000").require("Images").body()
                .path("images")) {
            String owner = image.path("owner").asText();
            boolean visible = owner.equals(project)
                    || owner.equals(catalog) && image.path("visibility").asText().equals("public");
            if (visible) {
                images.add(GlanceImageToImage.apply(image, catalog, account));
            }
        }
        return images;
    }

    @Override
    public Optional<Image> find(String account, String imageId) {
        return visibleTo(account).stream().filter(image -> image.id().equals(imageId)).findFirst();
    }

    @Override
    public Image register(String account, String name, String description, String architecture,
                          String rootDeviceName, String snapshotId) {
        throw ComputeException.notFound("Snapshot " + snapshotId);
    }

    @Override
    public Image capture(String account, String machineId, String name, String description) {
        throw NoBlockStorage.unsupported("Creating images from instances");
    }

    @Override
    public Image copy(String account, String imageId, String name, String description) {
        find(account, imageId).orElseThrow(() -> ComputeException.notFound("Image " + imageId));
        throw NoBlockStorage.unsupported("Copying images");
    }

    @Override
    public void deregister(String account, String imageId) {
        Image image = find(account, imageId).filter(i -> account.equals(i.owner()))
                .orElseThrow(() -> ComputeException.notFound("Image " + imageId));
        backend.api.delete("image", backend.project(account), "/v2/images/" + image.id()).require("Image " + imageId);
    }

    @Override
    public Image share(String account, String imageId, boolean isPublic, Set<String> accounts) {
        find(account, imageId).filter(i -> account.equals(i.owner()))
                .orElseThrow(() -> ComputeException.notFound("Image " + imageId));
        throw new ComputeException(Kind.INVALID_ARGUMENT, "Sharing images is not supported by this cloud yet");
    }
}
