package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.store.TypedTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.CopyImageRequest;
import software.amazon.awssdk.services.ec2.model.CopyImageResponse;

/**
 * Copies an image the caller can see into a new image it owns, within this region (the only one). A retry
 * with the same ClientToken returns the first copy instead of making another.
 */
public final class CopyImage implements Operation<CopyImageRequest, CopyImageResponse> {
    private final Ec2Context context;
    private final ImageDirectory directory;
    private final ImageCreation creation;
    private final TypedTable<CopyToken> tokens;

    /** The image a ClientToken produced. */
    record CopyToken(String imageId) {
    }

    CopyImage(Ec2Context context, ImageDirectory directory, ImageCreation creation) {
        this.context = context;
        this.directory = directory;
        this.creation = creation;
        this.tokens = new TypedTable<>(context.store().table("ec2-image-copy-tokens"), CopyToken.class);
    }

    @Override
    public CopyImageResponse handle(CopyImageRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.sourceImageId() == null || request.sourceRegion() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter "
                    + (request.sourceImageId() == null ? "sourceImageId" : "sourceRegion"));
        }
        if (!request.sourceRegion().equals(context.region())) {
            throw AwsException.badRequest("InvalidParameterValue", "Invalid region: [" + request.sourceRegion() + "]");
        }
        String sourceId = Ec2Ids.requireWellFormed(ResourceKind.IMAGE, request.sourceImageId());
        Optional<String> earlier = Optional.ofNullable(request.clientToken())
                .flatMap(token -> tokens.get(account, token)).map(CopyToken::imageId);
        if (earlier.isPresent()) {
            return CopyImageResponse.builder().imageId(earlier.get()).build();
        }
        String name = ImageNames.requireNew(request.name(), account, directory);
        Map<String, Map<String, String>> tags = new HashMap<>(TagSpecifications.byType(request.tagSpecifications(),
                Set.of("image", "snapshot")));
        DryRun.check(request.dryRun());
        ImageDirectory.Ec2Image source = directory.require(account, sourceId);
        if (Boolean.TRUE.equals(request.copyImageTags())) {
            Map<String, String> imageTags = new HashMap<>(context.tags().of(account, sourceId));
            imageTags.putAll(tags.getOrDefault("image", Map.of()));
            tags.put("image", imageTags);
        }
        Image copy;
        try {
            copy = context.compute().images().copy(account, source.image().id(), name, request.description());
        } catch (ComputeException e) {
            throw ImageNames.createFailure(e, name, ResourceKind.IMAGE, sourceId);
        }
        ImageExtras extras = new ImageExtras(null, null, ImageView.rootDevice(source).ebs().volumeTypeAsString(),
                source.extras().bootMode(), source.extras().imdsSupport(), source.extras().enaSupport(), null,
                sourceId, context.region());
        String imageId = creation.completed(account, copy, extras, tags);
        if (request.clientToken() != null) {
            tokens.putIfAbsent(account, request.clientToken(), new CopyToken(imageId), null);
        }
        return CopyImageResponse.builder().imageId(imageId).build();
    }
}
