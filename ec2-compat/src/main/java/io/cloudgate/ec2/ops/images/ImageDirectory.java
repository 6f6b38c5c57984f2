package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.store.TypedTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The images an account can see, with their AWS ids, owners and what only EC2 keeps about them. */
final class ImageDirectory {
    private static final String EXTRAS_KEY = "extras";

    private final Ec2Context context;
    private final TypedTable<ImageExtras> extras;

    /** An image as EC2 shows it. */
    record Ec2Image(String imageId, Image image, ImageOwner owner, ImageExtras extras, String rootSnapshotId) {
        boolean ownedBy(String account) {
            return account.equals(image.owner());
        }

        String description() {
            return extras.description() != null ? extras.description() : image.description();
        }
    }

    ImageDirectory(Ec2Context context) {
        this.context = context;
        this.extras = new TypedTable<>(context.store().table("ec2-images"), ImageExtras.class);
    }

    /** Every image the account may launch, in image id order. */
    List<Ec2Image> visibleTo(String account) {
        return context.compute().images().visibleTo(account).stream()
                .map(image -> wrap(account, image))
                .sorted(Comparator.comparing(Ec2Image::imageId))
                .toList();
    }

    /** The image, if the account can see it; a malformed id is refused. */
    Optional<Ec2Image> find(String account, String imageId) {
        return context.ids().toBackend(ResourceKind.IMAGE, imageId)
                .flatMap(backendId -> context.compute().images().find(account, backendId))
                .map(image -> wrap(account, image));
    }

    Ec2Image require(String account, String imageId) {
        return find(account, imageId).orElseThrow(() -> ResourceKind.IMAGE.notFound(imageId));
    }

    /** An image the account owns: one it can merely see is refused as EC2 refuses it. */
    Ec2Image requireOwned(String account, String imageId) {
        Ec2Image image = require(account, imageId);
        if (!image.ownedBy(account)) {
            throw notAuthorized(imageId);
        }
        return image;
    }

    private Ec2Image wrap(String account, Image image) {
        String imageId = context.ids().toAws(ResourceKind.IMAGE, image.id());
        ImageExtras known = extras.get(imageId, EXTRAS_KEY).orElse(ImageExtras.NONE);
        return new Ec2Image(imageId, image, ImageOwner.of(image), known, rootSnapshotId(account, image, imageId, known));
    }

    void saveExtras(String imageId, ImageExtras imageExtras) {
        extras.put(imageId, EXTRAS_KEY, imageExtras);
    }

    /** Forgets what EC2 kept about a deregistered image. */
    void forget(String account, String imageId) {
        extras.delete(imageId, EXTRAS_KEY);
        context.tags().forget(account, imageId);
    }

    static AwsException notAuthorized(String imageId) {
        return AwsException.badRequest("AuthFailure", "Not authorized for images: [" + imageId + "]");
    }

    /**
     * The snapshot behind the root device: the one RegisterImage was given, else the cloud's, else (the cloud's
     * catalog keeps none) a stable id derived from the image id.
     */
    private String rootSnapshotId(String account, Image image, String imageId, ImageExtras known) {
        if (known.rootSnapshotId() != null) {
            return known.rootSnapshotId();
        }
        return context.compute().images().rootSnapshotId(account, image.id())
                .map(snapshot -> context.ids().toAws(ResourceKind.SNAPSHOT, snapshot))
                .orElseGet(() -> "snap-" + sha256Hex(imageId).substring(0, 17));
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
