package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.Image;

/** One attribute of an image; who may launch it is told to its owner only. */
public final class DescribeImageAttribute
        implements Operation<DescribeImageAttributeRequest, DescribeImageAttributeResponse> {
    private static final Set<String> ATTRIBUTES = Set.of("description", "launchPermission", "blockDeviceMapping",
            "bootMode", "imdsSupport", "sriovNetSupport", "deregistrationProtection", "productCodes", "kernel",
            "ramdisk", "tpmSupport", "uefiData", "lastLaunchedTime");

    private final ImageDirectory directory;

    DescribeImageAttribute(ImageDirectory directory) {
        this.directory = directory;
    }

    @Override
    public DescribeImageAttributeResponse handle(DescribeImageAttributeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String attribute = request.attributeAsString();
        if (attribute == null || request.imageId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter "
                    + (attribute == null ? "attribute" : "imageId"));
        }
        if (!ATTRIBUTES.contains(attribute)) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
        }
        String imageId = Ec2Ids.requireWellFormed(ResourceKind.IMAGE, request.imageId());
        ImageDirectory.Ec2Image image = attribute.equals("launchPermission")
                ? directory.requireOwned(account, imageId) : directory.require(account, imageId);
        Image view = ImageView.of(image, Map.of());
        DescribeImageAttributeResponse.Builder response = DescribeImageAttributeResponse.builder().imageId(imageId);
        switch (attribute) {
            case "description" -> response.description(value(view.description()));
            case "launchPermission" -> response.launchPermissions(LaunchPermissions.of(image.image()).toSdk());
            case "blockDeviceMapping" -> response.blockDeviceMappings(view.blockDeviceMappings());
            case "bootMode" -> response.bootMode(value(view.bootModeAsString()));
            case "imdsSupport" -> response.imdsSupport(value(view.imdsSupportAsString()));
            case "sriovNetSupport" -> response.sriovNetSupport(value(view.sriovNetSupport()));
            case "deregistrationProtection" -> response.deregistrationProtection(value("disabled"));
            case "productCodes" -> response.productCodes(List.of());
            case "kernel" -> response.kernelId(value(null));
            case "ramdisk" -> response.ramdiskId(value(null));
            case "tpmSupport" -> response.tpmSupport(value(null));
            case "uefiData" -> response.uefiData(value(null));
            default -> response.lastLaunchedTime(value(null)); // "lastLaunchedTime": launches are not tracked
        }
        return response.build();
    }

    private static AttributeValue value(String value) {
        return AttributeValue.builder().value(value).build();
    }
}
