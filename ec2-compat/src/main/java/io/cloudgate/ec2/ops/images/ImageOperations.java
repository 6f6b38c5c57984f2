package io.cloudgate.ec2.ops.images;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CopyImageRequest;
import software.amazon.awssdk.services.ec2.model.CopyImageResponse;
import software.amazon.awssdk.services.ec2.model.CreateImageRequest;
import software.amazon.awssdk.services.ec2.model.CreateImageResponse;
import software.amazon.awssdk.services.ec2.model.DeregisterImageRequest;
import software.amazon.awssdk.services.ec2.model.DeregisterImageResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.RegisterImageRequest;
import software.amazon.awssdk.services.ec2.model.RegisterImageResponse;

/** The image (AMI) operations. */
public final class ImageOperations {
    private ImageOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        ImageDirectory directory = new ImageDirectory(context);
        ImageCreation creation = new ImageCreation(context, directory);
        return List.of(
                BoundOperation.of(operation("DescribeImages", DescribeImagesRequest::builder,
                        DescribeImagesResponse::builder), new DescribeImages(context, directory)),
                BoundOperation.of(operation("CreateImage", CreateImageRequest::builder,
                        CreateImageResponse::builder), new CreateImage(context, directory, creation)),
                BoundOperation.of(operation("RegisterImage", RegisterImageRequest::builder,
                        RegisterImageResponse::builder), new RegisterImage(context, directory, creation)),
                BoundOperation.of(operation("CopyImage", CopyImageRequest::builder,
                        CopyImageResponse::builder), new CopyImage(context, directory, creation)),
                BoundOperation.of(operation("DeregisterImage", DeregisterImageRequest::builder,
                        DeregisterImageResponse::builder), new DeregisterImage(context, directory)),
                BoundOperation.of(operation("DescribeImageAttribute", DescribeImageAttributeRequest::builder,
                        DescribeImageAttributeResponse::builder), new DescribeImageAttribute(directory)),
                BoundOperation.of(operation("ModifyImageAttribute", ModifyImageAttributeRequest::builder,
                        ModifyImageAttributeResponse::builder), new ModifyImageAttribute(context, directory)));
    }
}
