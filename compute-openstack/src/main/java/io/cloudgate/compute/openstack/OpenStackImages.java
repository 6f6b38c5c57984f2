package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Images;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Glance images: the gateway project's public ones are the catalog; an account sees its own, other accounts'
 * public ones and those shared with it (Glance members, accepted on the member's behalf). Capturing is Nova's
 * createImage; copying makes a new image in the account's project and copies the data in the background.
 */
final class OpenStackImages implements Images {
    private final Backend backend;
    private final BiFunction<String, String, Optional<Machine>> machines;

    /** machines finds an account's machine by id. */
    OpenStackImages(Backend backend, BiFunction<String, String, Optional<Machine>> machines) {
        this.backend = backend;
        this.machines = machines;
    }

    @Override
    public List<Image> visibleTo(String account) {
        String project = backend.project(account);
        String catalog = backend.catalogProject();
        List<Image> images = new ArrayList<>();
        for (JsonNode image : backend.api.get("image", project, "/v2/images?limit=1000").require("Images").body()
                .path("images")) {
            String owner = image.path("owner").asText();
            String visibility = image.path("visibility").asText();
            if (owner.equals(catalog)) {
                if (visibility.equals("public")) {
                    images.add(GlanceImageToImage.apply(image, null, Set.of()));
                }
            } else if (owner.equals(project)) {
                images.add(GlanceImageToImage.apply(image, account, members(project, image)));
            } else if (visibility.equals("public") || visibility.equals("shared") && isMember(project, image)) {
                images.add(GlanceImageToImage.apply(image, backend.links.tenantOf(owner).orElse(owner), Set.of()));
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
        Machine machine = machines.apply(account, machineId)
                .filter(m -> m.state() != MachineState.TERMINATED && m.state() != MachineState.SHUTTING_DOWN)
                .orElseThrow(() -> ComputeException.notFound("Instance " + machineId));
        requireNewName(account, name);
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        ObjectNode create = body.putObject("createImage").put("name", name);
        if (description != null) {
            create.putObject("metadata").put("description", description);
        }
        ApiResponse created = backend.api.post("compute", project, "/servers/" + machine.id() + "/action", body);
        if (created.status() == 409) {
            throw new ComputeException(Kind.INVALID_STATE, created.message());
        }
        String imageId = created.require("Instance " + machineId).body().path("image_id").asText();
        return find(account, imageId).orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE, "The image "
                + imageId + " of the instance is not visible yet"));
    }

    @Override
    public Image copy(String account, String imageId, String name, String description) {
        find(account, imageId).orElseThrow(() -> ComputeException.notFound("Image " + imageId));
        requireNewName(account, name);
        String project = backend.project(account);
        JsonNode source = backend.api.get("image", project, "/v2/images/" + imageId).require("Image " + imageId)
                .body();
        ObjectNode body = backend.api.json().createObjectNode().put("name", name)
                .put("disk_format", source.path("disk_format").asText("raw"))
                .put("container_format", source.path("container_format").asText("bare"))
                .put("min_disk", source.path("min_disk").asInt(0))
                .put("min_ram", source.path("min_ram").asInt(0))
                .put("visibility", "private");
        for (String property : List.of("architecture", "os_type")) {
            if (source.path(property).isTextual()) {
                body.put(property, source.path(property).asText());
            }
        }
        if (description != null) {
            body.put("description", description);
        }
        String copyId = backend.api.post("image", project, "/v2/images", body).require("Image").body().path("id")
                .asText();
        Thread.ofVirtual().name("copy-image-" + copyId).start(() -> copyData(project, imageId, copyId));
        return find(account, copyId).orElseThrow(() -> ComputeException.notFound("Image " + copyId));
    }

    @Override
    public void deregister(String account, String imageId) {
        Image image = own(account, imageId);
        backend.api.delete("image", backend.project(account), "/v2/images/" + image.id()).require("Image " + imageId);
    }

    @Override
    public Image share(String account, String imageId, boolean isPublic, Set<String> accounts) {
        own(account, imageId);
        String project = backend.project(account);
        if (isPublic) {
            visibility(project, imageId, "public");
            return own(account, imageId);
        }
        visibility(project, imageId, "shared");
        Set<String> wanted = new HashSet<>();
        for (String other : accounts) {
            wanted.add(backend.project(other));
        }
        JsonNode members = backend.api.get("image", project, "/v2/images/" + imageId + "/members")
                .require("Image members").body().path("members");
        for (JsonNode member : members) {
            String memberProject = member.path("member_id").asText();
            if (!wanted.remove(memberProject)) {
                backend.api.delete("image", project, "/v2/images/" + imageId + "/members/" + memberProject)
                        .require("Image member");
            }
        }
        for (String memberProject : wanted) {
            ObjectNode add = backend.api.json().createObjectNode().put("member", memberProject);
            backend.api.post("image", project, "/v2/images/" + imageId + "/members", add).require("Image member");
            // EC2 launch permissions need no acceptance: accept in the member's project at once.
            ObjectNode accept = backend.api.json().createObjectNode().put("status", "accepted");
            backend.api.put("image", memberProject, "/v2/images/" + imageId + "/members/" + memberProject, accept)
                    .require("Image member");
        }
        if (accounts.isEmpty()) {
            visibility(project, imageId, "private");
        }
        return own(account, imageId);
    }

    private Image own(String account, String imageId) {
        return find(account, imageId).filter(i -> account.equals(i.owner()))
                .orElseThrow(() -> ComputeException.notFound("Image " + imageId));
    }

    private void requireNewName(String account, String name) {
        if (visibleTo(account).stream().anyMatch(i -> account.equals(i.owner()) && i.name().equals(name))) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "An image named '" + name + "' already exists");
        }
    }

    private void visibility(String project, String imageId, String visibility) {
        ArrayNode patch = backend.api.json().createArrayNode();
        patch.addObject().put("op", "replace").put("path", "/visibility").put("value", visibility);
        backend.api.patch("image", project, "/v2/images/" + imageId, patch).require("Image " + imageId);
    }

    private Set<String> members(String project, JsonNode image) {
        if (!image.path("visibility").asText().equals("shared")) {
            return Set.of();
        }
        Set<String> accounts = new HashSet<>();
        for (JsonNode member : backend.api.get("image", project, "/v2/images/" + image.path("id").asText()
                + "/members").require("Image members").body().path("members")) {
            String memberProject = member.path("member_id").asText();
            accounts.add(backend.links.tenantOf(memberProject).orElse(memberProject));
        }
        return accounts;
    }

    private boolean isMember(String project, JsonNode image) {
        ApiResponse member = backend.api.get("image", project, "/v2/images/" + image.path("id").asText()
                + "/members/" + project);
        return member.ok() && member.body().path("status").asText().equals("accepted");
    }

    /** Copies the image data; a copy whose data cannot be copied is deleted rather than left pending forever. */
    private void copyData(String project, String sourceId, String copyId) {
        try {
            for (int attempt = 0; attempt < 600; attempt++) {
                String status = backend.api.get("image", project, "/v2/images/" + sourceId).require("Image").body()
                        .path("status").asText();
                if (status.equals("active")) {
                    byte[] data = backend.api.get("image", project, "/v2/images/" + sourceId + "/file")
                            .require("Image data").raw();
                    backend.api.put("image", project, "/v2/images/" + copyId + "/file", data).require("Image data");
                    return;
                }
                if (!status.equals("queued") && !status.equals("saving") && !status.equals("importing")) {
                    break;
                }
                Thread.sleep(1000);
            }
        } catch (ComputeException e) {
            // Falls through to the clean-up below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        backend.api.delete("image", project, "/v2/images/" + copyId);
    }
}
