package io.cloudgate.compute.embedded;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Images;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.embedded.StoredRecords.ImageDoc;
import io.cloudgate.compute.embedded.StoredRecords.ImageGrant;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The public catalog (from the settings) plus account images. Sharing writes a grant into each grantee's
 * partition (or the public one), so an account finds what it may launch without scanning other accounts.
 */
final class EmbeddedImages implements Images {
    private final ComputeTables tables;
    private final AccountLocks locks;
    private final Lifecycle lifecycle;
    private final MachineRecords machines;
    private final EmbeddedVolumes volumes;
    private final Map<String, Image> catalog = new LinkedHashMap<>();

    EmbeddedImages(ComputeTables tables, AccountLocks locks, Lifecycle lifecycle, MachineRecords machines,
                   EmbeddedVolumes volumes, List<Image> publicImages) {
        this.tables = tables;
        this.locks = locks;
        this.lifecycle = lifecycle;
        this.machines = machines;
        this.volumes = volumes;
        publicImages.forEach(image -> catalog.put(image.id(), image));
    }

    @Override
    public List<Image> visibleTo(String account) {
        Map<String, Image> visible = new LinkedHashMap<>(catalog);
        tables.images.all(account).forEach(doc -> visible.put(doc.image().id(), lifecycle.image(doc.image())));
        Stream.of(account, ComputeTables.PUBLIC_GRANTEE).forEach(grantee -> {
            for (ImageGrant grant : tables.imageGrants.all(grantee)) {
                granted(grantee, grant.imageId()).ifPresent(image -> visible.putIfAbsent(image.id(), image));
            }
        });
        return List.copyOf(visible.values());
    }

    @Override
    public Optional<Image> find(String account, String imageId) {
        if (imageId == null) {
            return Optional.empty();
        }
        if (catalog.containsKey(imageId)) {
            return Optional.of(catalog.get(imageId));
        }
        Optional<Image> own = tables.images.get(account, imageId).map(doc -> lifecycle.image(doc.image()));
        return own.or(() -> granted(account, imageId)).or(() -> granted(ComputeTables.PUBLIC_GRANTEE, imageId));
    }

    Image require(String account, String imageId) {
        return find(account, imageId).orElseThrow(() -> ComputeException.notFound("Image " + imageId));
    }

    @Override
    public Image register(String account, String name, String description, String architecture, String rootDeviceName,
                          String snapshotId) {
        return locks.inAccount(account, () -> {
            Snapshot snapshot = volumes.findSnapshot(account, snapshotId)
                    .orElseThrow(() -> ComputeException.notFound("Snapshot " + snapshotId));
            if (!snapshot.state().equals("completed")) {
                throw new ComputeException(Kind.INVALID_STATE, "Snapshot " + snapshotId + " is " + snapshot.state());
            }
            return insert(account, name, description, architecture == null ? "x86_64" : architecture,
                    rootDeviceName == null ? "/dev/xvda" : rootDeviceName, snapshot.sizeGib(), snapshotId);
        });
    }

    @Override
    public Image capture(String account, String machineId, String name, String description) {
        return locks.inAccount(account, () -> {
            MachineDoc doc = machines.require(account, machineId);
            Machine machine = doc.machine();
            if (!MachineRecords.isActive(machine)) {
                throw new ComputeException(Kind.INVALID_STATE, "Machine " + machineId + " is " + machine.state());
            }
            AttachedDisk root = machine.disks().stream()
                    .filter(d -> d.deviceName().equals(machine.rootDeviceName())).findFirst()
                    .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "Machine " + machineId
                            + " has no root volume"));
            Snapshot snapshot = volumes.snapshot(account, root.volumeId(), "Created by image capture of " + machineId);
            String architecture = find(account, machine.imageId()).map(Image::architecture).orElse("x86_64");
            return insert(account, name, description, architecture, machine.rootDeviceName(), snapshot.sizeGib(),
                    snapshot.id());
        });
    }

    @Override
    public Image copy(String account, String imageId, String name, String description) {
        return locks.inAccount(account, () -> {
            Image source = require(account, imageId);
            // Like CopyImage, the copy gets its own snapshot of the root disk.
            Snapshot snapshot = volumes.detachedSnapshot(account, source.sizeGib(), "Copied for image from " + imageId);
            return insert(account, name, description, source.architecture(), source.rootDeviceName(), source.sizeGib(),
                    snapshot.id());
        });
    }

    @Override
    public Optional<String> rootSnapshotId(String account, String imageId) {
        if (imageId == null || find(account, imageId).isEmpty()) {
            return Optional.empty();
        }
        if (catalog.containsKey(imageId)) {
            return Optional.of(EmbeddedSnapshots.rootOf(imageId));
        }
        Optional<ImageDoc> own = tables.images.get(account, imageId);
        Optional<ImageDoc> doc = own.isPresent() ? own : Stream.of(account, ComputeTables.PUBLIC_GRANTEE)
                .flatMap(grantee -> tables.imageGrants.get(grantee, imageId).stream())
                .flatMap(grant -> tables.images.get(grant.owner(), imageId).stream())
                .findFirst();
        return doc.map(ImageDoc::snapshotId);
    }

    @Override
    public void deregister(String account, String imageId) {
        locks.inAccount(account, () -> {
            Image image = requireOwn(account, imageId);
            grantees(image).forEach(grantee -> tables.imageGrants.delete(grantee, imageId));
            tables.images.delete(account, imageId);
        });
    }

    @Override
    public Image share(String account, String imageId, boolean isPublic, Set<String> accounts) {
        return locks.inAccount(account, () -> {
            ImageDoc doc = tables.images.get(account, imageId)
                    .orElseThrow(() -> ComputeException.notFound("Image " + imageId));
            Image image = doc.image();
            grantees(image).forEach(grantee -> tables.imageGrants.delete(grantee, imageId));
            Image shared = new Image(image.id(), image.owner(), image.name(), image.description(), isPublic,
                    image.architecture(), image.platform(), image.rootDeviceName(), image.sizeGib(), image.state(),
                    image.createdAt(), Set.copyOf(accounts));
            tables.images.put(account, imageId, doc.withImage(shared));
            grantees(shared).forEach(grantee -> tables.imageGrants.put(grantee, imageId, new ImageGrant(account,
                    imageId)));
            return lifecycle.image(shared);
        });
    }

    private Image insert(String account, String name, String description, String architecture, String rootDeviceName,
                         int sizeGib, String snapshotId) {
        if (name == null || name.isBlank()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "An image needs a name");
        }
        boolean taken = tables.images.all(account).stream().anyMatch(d -> d.image().name().equals(name));
        if (taken) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "An image named '" + name + "' already exists");
        }
        Image image = new Image(ComputeTables.newId(), account, name, description, false, architecture, null,
                rootDeviceName, sizeGib, "pending", lifecycle.now(), Set.of());
        tables.images.put(account, image.id(), new ImageDoc(image, snapshotId));
        return image;
    }

    private Image requireOwn(String account, String imageId) {
        return tables.images.get(account, imageId).map(ImageDoc::image)
                .orElseThrow(() -> ComputeException.notFound("Image " + imageId));
    }

    /** The image a grant points to, if the grant is still backed by its owner's image. */
    private Optional<Image> granted(String grantee, String imageId) {
        return tables.imageGrants.get(grantee, imageId)
                .flatMap(grant -> tables.images.get(grant.owner(), imageId))
                .map(doc -> lifecycle.image(doc.image()));
    }

    private static Stream<String> grantees(Image image) {
        Stream<String> accounts = image.launchAccounts().stream();
        return image.isPublic() ? Stream.concat(accounts, Stream.of(ComputeTables.PUBLIC_GRANTEE)) : accounts;
    }
}
