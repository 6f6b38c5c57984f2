package io.cloudgate.ec2.ops.images;

import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Map;

/** What every way of making an image does after the cloud made it: record EC2's extras and tag on create. */
final class ImageCreation {
    private final Ec2Context context;
    private final ImageDirectory directory;

    ImageCreation(Ec2Context context, ImageDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    /**
     * @param tagsByType the TagSpecifications by resource type ("image", "snapshot")
     * @return the new image's AWS id
     */
    String completed(String account, Image image, ImageExtras extras, Map<String, Map<String, String>> tagsByType) {
        String imageId = context.ids().toAws(ResourceKind.IMAGE, image.id());
        if (!extras.equals(ImageExtras.NONE)) {
            directory.saveExtras(imageId, extras);
        }
        Map<String, String> imageTags = tagsByType.getOrDefault("image", Map.of());
        if (!imageTags.isEmpty()) {
            context.tags().put(account, imageId, imageTags);
        }
        Map<String, String> snapshotTags = tagsByType.getOrDefault("snapshot", Map.of());
        if (!snapshotTags.isEmpty()) {
            String snapshotId = extras.rootSnapshotId() != null ? extras.rootSnapshotId()
                    : context.compute().images().rootSnapshotId(account, image.id())
                            .map(backendId -> context.ids().toAws(ResourceKind.SNAPSHOT, backendId)).orElse(null);
            if (snapshotId != null) {
                context.tags().put(account, snapshotId, snapshotTags);
            }
        }
        return imageId;
    }
}
