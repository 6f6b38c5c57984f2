package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Images;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volumes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Templates as images: the featured ones are the public catalog (no owner); a tenant also sees its own, those
 * shared with it and other tenants' public ones. CreateImage is createTemplate from a stopped machine's ROOT
 * volume, or goes through a snapshot of a running one's (see {@link ImageCaptures}); RegisterImage is
 * createTemplate from a snapshot. All return the image pending at once. Names are unique per owner, as AMI names
 * are (CloudStack does not require it).
 */
final class CloudStackImages implements Images {
    private static final String WHAT = "image";
    private final Backend backend;
    private final CloudStackMachines machines;
    private final Volumes volumes;

    CloudStackImages(Backend backend, CloudStackMachines machines, Volumes volumes) {
        this.backend = backend;
        this.machines = machines;
        this.volumes = volumes;
    }

    @Override
    public List<Image> visibleTo(String account) {
        List<Image> images = new java.util.ArrayList<>(backend.templates.of(account).stream().map(this::image)
                .toList());
        images.addAll(backend.captures.pending(account));
        return images;
    }

    @Override
    public Optional<Image> find(String account, String imageId) {
        Optional<String> templateId = backend.imageIds.toCloudStack(imageId);
        if (templateId.isEmpty()) {
            return backend.captures.pending(account, imageId);
        }
        return backend.templates.find(account, templateId.get()).map(this::image);
    }

    private Image image(VisibleTemplates.Visible visible) {
        return TemplateToImage.apply(visible.template(), visible.owner(),
                backend.imageIds.toPort(Fields.text(visible.template(), "id")));
    }

    @Override
    public Image register(String account, String name, String description, String architecture,
                          String rootDeviceName, String snapshotId) {
        Snapshot snapshot = volumes.findSnapshot(account, snapshotId)
                .orElseThrow(() -> ComputeException.notFound("The snapshot"));
        return createTemplate(account, name, description, Map.of("snapshotid", snapshotId), snapshot.sizeGib());
    }

    @Override
    public Image capture(String account, String machineId, String name, String description) {
        Machine machine = machines.find(account, machineId).orElseThrow(() -> ComputeException.notFound("The instance"));
        if (machine.state() != MachineState.STOPPED && machine.state() != MachineState.RUNNING) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance must be running or stopped to capture it");
        }
        String root = machine.disks().stream().filter(d -> d.deviceName().equals(Devices.ROOT)).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance has no root volume"))
                .volumeId();
        int size = volumes.find(account, root).map(io.cloudgate.compute.Volume::sizeGib).orElse(0);
        if (machine.state() == MachineState.STOPPED) {
            return createTemplate(account, name, description, Map.of("volumeid", root), size);
        }
        requireFreeName(account, name);
        String architecture = find(account, machine.imageId()).map(Image::architecture).orElse("x86_64");
        Image pending = Backend.guard(WHAT, () -> backend.captures.start(account, backend.links.require(account).actor(),
                root, name, description, osTypeOfCatalog(), architecture, size, backend.clock.instant()));
        backend.changed(account);
        return pending;
    }

    private void requireFreeName(String account, String name) {
        boolean taken = backend.templates.of(account).stream()
                .anyMatch(v -> account.equals(v.owner()) && name.equals(Fields.text(v.template(), "name")))
                || backend.captures.pending(account).stream().anyMatch(image -> image.name().equals(name));
        if (taken) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "The account has an image of that name");
        }
    }

    private Image createTemplate(String account, String name, String description, Map<String, String> source,
                                 int sizeGib) {
        requireFreeName(account, name);
        Map<String, String> params = new LinkedHashMap<>(source);
        params.put("name", name);
        params.put("displaytext", description == null || description.isBlank() ? name : description);
        params.put("ostypeid", osTypeOfCatalog());
        AsyncJob job = backend.submit(account, "createTemplate", params, WHAT);
        return new Image(job.resourceId(), account, name, description, false, "x86_64", null, Devices.ROOT, sizeGib,
                "pending", backend.clock.instant(), Set.of());
    }

    private String osTypeOfCatalog() {
        return Backend.guard(WHAT, backend.catalog::templates).stream().map(t -> Fields.text(t, "ostypeid"))
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE, "The cloud offers no OS type"));
    }

    /** CloudStack's copyTemplate copies a template to another zone, not into a new template. */
    @Override
    public Image copy(String account, String imageId, String name, String description) {
        find(account, imageId).orElseThrow(() -> ComputeException.notFound("The image"));
        throw new ComputeException(Kind.INVALID_ARGUMENT, "Copying images is not supported by this cloud");
    }

    @Override
    public void deregister(String account, String imageId) {
        owned(account, imageId);
        backend.submitAndWait(account, "deleteTemplate", Map.of("id", templateId(imageId)), WHAT, "success");
        backend.changedForAll("listTemplates");
    }

    /** Public or not, and exactly these accounts besides the owner: the permissions are reset, then added. */
    @Override
    public Image share(String account, String imageId, boolean isPublic, Set<String> accounts) {
        Image image = owned(account, imageId);
        String templateId = templateId(imageId);
        backend.call(account, "updateTemplatePermissions", Map.of("id", templateId, "ispublic",
                Boolean.toString(isPublic), "op", "reset"), WHAT);
        List<String> cloudStackAccounts = accounts.stream().sorted()
                .map(tenant -> backend.links.require(tenant).csAccount()).toList();
        if (!cloudStackAccounts.isEmpty()) {
            backend.call(account, "updateTemplatePermissions", Map.of("id", templateId, "op", "add", "accounts",
                    String.join(",", cloudStackAccounts)), WHAT);
        }
        backend.changedForAll("listTemplates");
        return new Image(image.id(), image.owner(), image.name(), image.description(), isPublic, image.architecture(),
                image.platform(), image.rootDeviceName(), image.sizeGib(), image.state(), image.createdAt(),
                Set.copyOf(accounts));
    }

    private String templateId(String imageId) {
        return backend.imageIds.toCloudStack(imageId)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The image is still being made"));
    }

    /** An image the account owns; the catalog's and other accounts' are not found, as EC2 says of them. */
    private Image owned(String account, String imageId) {
        return find(account, imageId).filter(image -> account.equals(image.owner()))
                .orElseThrow(() -> ComputeException.notFound("The image"));
    }
}
