package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ec2.model.CopyImageRequest;
import software.amazon.awssdk.services.ec2.model.CreateImageRequest;
import software.amazon.awssdk.services.ec2.model.DeregisterImageRequest;
import software.amazon.awssdk.services.ec2.model.DeregisterImageResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.RegisterImageRequest;

/** The image operations over one testbed, called as a client would. */
final class ImageCalls {
    final Ec2Testbed bed;
    private final ImageDirectory directory;
    private final ImageCreation creation;

    ImageCalls(Ec2Testbed bed) {
        this.bed = bed;
        this.directory = new ImageDirectory(bed.context);
        this.creation = new ImageCreation(bed.context, directory);
    }

    DescribeImagesResponse describe(RequestContext as, Consumer<DescribeImagesRequest.Builder> request) {
        DescribeImagesRequest.Builder builder = DescribeImagesRequest.builder();
        request.accept(builder);
        return new DescribeImages(bed.context, directory).handle(builder.build(), as);
    }

    List<Image> images(RequestContext as, Consumer<DescribeImagesRequest.Builder> request) {
        return describe(as, request).images();
    }

    Image image(RequestContext as, String imageId) {
        return images(as, request -> request.imageIds(imageId)).get(0);
    }

    String create(RequestContext as, Consumer<CreateImageRequest.Builder> request) {
        CreateImageRequest.Builder builder = CreateImageRequest.builder();
        request.accept(builder);
        return new CreateImage(bed.context, directory, creation).handle(builder.build(), as).imageId();
    }

    String register(RequestContext as, Consumer<RegisterImageRequest.Builder> request) {
        RegisterImageRequest.Builder builder = RegisterImageRequest.builder();
        request.accept(builder);
        return new RegisterImage(bed.context, directory, creation).handle(builder.build(), as).imageId();
    }

    String copy(RequestContext as, Consumer<CopyImageRequest.Builder> request) {
        CopyImageRequest.Builder builder = CopyImageRequest.builder().sourceRegion("us-east-1");
        request.accept(builder);
        return new CopyImage(bed.context, directory, creation).handle(builder.build(), as).imageId();
    }

    DeregisterImageResponse deregister(RequestContext as, String imageId) {
        return new DeregisterImage(bed.context, directory).handle(DeregisterImageRequest.builder().imageId(imageId)
                .build(), as);
    }

    DescribeImageAttributeResponse attribute(RequestContext as, String imageId, String attribute) {
        return new DescribeImageAttribute(directory).handle(DescribeImageAttributeRequest.builder().imageId(imageId)
                .attribute(attribute).build(), as);
    }

    void modify(RequestContext as, Consumer<ModifyImageAttributeRequest.Builder> request) {
        ModifyImageAttributeRequest.Builder builder = ModifyImageAttributeRequest.builder();
        request.accept(builder);
        new ModifyImageAttribute(bed.context, directory).handle(builder.build(), as);
    }

    /** A completed snapshot of a fresh volume of the account; returns its AWS id. */
    String completedSnapshot(String account, int sizeGib) {
        Volume volume = bed.context.compute().volumes().create(account, Ec2Testbed.ZONE, sizeGib, "gp3", null, null,
                null);
        bed.clock.advance(Duration.ofMinutes(1));
        Snapshot snapshot = bed.context.compute().volumes().snapshot(account, volume.id(), "for an image");
        bed.clock.advance(Duration.ofMinutes(1));
        return bed.context.ids().toAws(ResourceKind.SNAPSHOT, snapshot.id());
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }
}
