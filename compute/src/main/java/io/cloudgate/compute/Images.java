package io.cloudgate.compute;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface Images {
    /** Images the account may launch: public ones, its own, and ones shared with it. */
    List<Image> visibleTo(String account);

    Optional<Image> find(String account, String imageId);

    /** Registers an image from a snapshot of a root volume (RegisterImage). */
    Image register(String account, String name, String description, String architecture, String rootDeviceName,
                   String snapshotId);

    /** Captures a machine's root disk as a new image (CreateImage); the image starts "pending". */
    Image capture(String account, String machineId, String name, String description);

    /** Copies an image the account can see into a new image it owns. */
    Image copy(String account, String imageId, String name, String description);

    void deregister(String account, String imageId);

    /** Sets who besides the owner may launch the image. */
    Image share(String account, String imageId, boolean isPublic, Set<String> accounts);

    /**
     * The snapshot the image's root disk is made from, for an image the account can see (for the cloud's own
     * public images, one of {@link Volumes#publicSnapshots}); empty when the adapter cannot tell.
     */
    default Optional<String> rootSnapshotId(String account, String imageId) {
        return Optional.empty();
    }
}
