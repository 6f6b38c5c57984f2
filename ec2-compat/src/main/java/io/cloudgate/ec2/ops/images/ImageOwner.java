package io.cloudgate.ec2.ops.images;

import io.cloudgate.compute.Image;

/**
 * Who owns an image as EC2 reports it. The cloud's own catalog images are shown under the AWS accounts that
 * publish those images on EC2 (Amazon, Canonical, Debian), so the usual lookups (owners = ["amazon"], Canonical's
 * 099720109477) find them; an account's images belong to the account.
 *
 * @param alias "amazon" for Amazon's images, otherwise null
 */
record ImageOwner(String id, String alias) {
    static final String AMAZON_ID = "137112412989";
    static final String CANONICAL_ID = "099720109477";
    static final String DEBIAN_ID = "136693071363";

    static ImageOwner of(Image image) {
        if (image.owner() != null) {
            return new ImageOwner(image.owner(), null);
        }
        String name = image.name() == null ? "" : image.name();
        if (name.startsWith("ubuntu/")) {
            return new ImageOwner(CANONICAL_ID, null);
        }
        if (name.startsWith("debian-")) {
            return new ImageOwner(DEBIAN_ID, null);
        }
        return new ImageOwner(AMAZON_ID, "amazon");
    }

    /** Whether the Owners value ("self", "amazon", an account id...) names this owner. */
    boolean matches(String owner, String caller) {
        return switch (owner) {
            case "self" -> id.equals(caller);
            case "amazon", "aws-marketplace", "aws-backup-vault" -> owner.equals(alias);
            default -> id.equals(owner);
        };
    }
}
