package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.AsyncJob;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Images;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Templates as images: the featured ones are the public catalog (no owner), the tenant's own ({@code self}) are
 * its images. CreateImage is createTemplate from the stopped machine's ROOT volume, returned pending at once.
 */
final class CloudStackImages implements Images {
    private static final String WHAT = "image";
    private final Backend backend;
    private final CloudStackMachines machines;

    CloudStackImages(Backend backend, CloudStackMachines machines) {
        this.backend = backend;
        this.machines = machines;
    }

    @Override
    public List<Image> visibleTo(String account) {
        List<Image> images = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode template : Backend.guard(WHAT, backend.catalog::templates)) {
            if (seen.add(Fields.text(template, "id"))) {
                images.add(TemplateToImage.apply(template, null));
            }
        }
        for (JsonNode template : backend.list(account, "listTemplates", Map.of("templatefilter", "self"), "template",
                WHAT)) {
            if (seen.add(Fields.text(template, "id"))) {
                images.add(TemplateToImage.apply(template, account));
            }
        }
        return images;
    }

    @Override
    public Optional<Image> find(String account, String imageId) {
        return visibleTo(account).stream().filter(i -> i.id().equals(imageId)).findFirst();
    }

    @Override
    public Image register(String account, String name, String description, String architecture,
                          String rootDeviceName, String snapshotId) {
        return createTemplate(account, name, description, Map.of("snapshotid", snapshotId));
    }

    @Override
    public Image capture(String account, String machineId, String name, String description) {
        Machine machine = machines.find(account, machineId).orElseThrow(() -> ComputeException.notFound("The instance"));
        if (machine.state() != MachineState.STOPPED) {
            throw new ComputeException(Kind.INVALID_STATE, "The instance must be stopped to capture it");
        }
        String root = machine.disks().stream().filter(d -> d.deviceName().equals(Devices.ROOT)).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The instance has no root volume"))
                .volumeId();
        return createTemplate(account, name, description, Map.of("volumeid", root));
    }

    private Image createTemplate(String account, String name, String description, Map<String, String> source) {
        Map<String, String> params = new LinkedHashMap<>(source);
        params.put("name", name);
        params.put("displaytext", description == null || description.isBlank() ? name : description);
        params.put("ostypeid", osTypeOfCatalog());
        AsyncJob job = backend.submit(account, "createTemplate", params, WHAT);
        return new Image(job.resourceId(), account, name, description, false, "x86_64", null, Devices.ROOT, 0,
                "pending", backend.clock.instant(), Set.of());
    }

    private String osTypeOfCatalog() {
        return Backend.guard(WHAT, backend.catalog::templates).stream().map(t -> Fields.text(t, "ostypeid"))
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE, "The cloud offers no OS type"));
    }

    @Override
    public Image copy(String account, String imageId, String name, String description) {
        find(account, imageId).orElseThrow(() -> ComputeException.notFound("The image"));
        throw new ComputeException(Kind.INVALID_ARGUMENT, "Copying images is not supported by this cloud yet");
    }

    @Override
    public void deregister(String account, String imageId) {
        Image image = find(account, imageId).orElseThrow(() -> ComputeException.notFound("The image"));
        if (image.owner() == null) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Catalog images cannot be deregistered");
        }
        backend.submit(account, "deleteTemplate", Map.of("id", imageId), WHAT);
    }

    @Override
    public Image share(String account, String imageId, boolean isPublic, Set<String> accounts) {
        Image image = find(account, imageId).orElseThrow(() -> ComputeException.notFound("The image"));
        if (image.owner() == null) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "Catalog images cannot be shared");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", imageId);
        params.put("ispublic", Boolean.toString(isPublic));
        List<String> cloudStackAccounts = accounts.stream()
                .map(tenant -> backend.links.require(tenant).csAccount()).toList();
        if (!cloudStackAccounts.isEmpty()) {
            params.put("accounts", String.join(",", cloudStackAccounts));
            params.put("op", "set");
        }
        backend.call(account, "updateTemplatePermissions", params, WHAT);
        return new Image(image.id(), image.owner(), image.name(), image.description(), isPublic, image.architecture(),
                image.platform(), image.rootDeviceName(), image.sizeGib(), image.state(), image.createdAt(),
                Set.copyOf(accounts));
    }
}
