package io.cloudgate.ec2.ops.templates;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateResponse;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateVersionRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateVersionResponse;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateResponse;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplatesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplatesResponse;
import software.amazon.awssdk.services.ec2.model.ModifyLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.ModifyLaunchTemplateResponse;

/** The launch template operations. */
public final class LaunchTemplateOperations {
    private LaunchTemplateOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        LaunchTemplateStore store = new LaunchTemplateStore(context.store());
        return List.of(
                BoundOperation.of(operation("CreateLaunchTemplate", CreateLaunchTemplateRequest::builder,
                        CreateLaunchTemplateResponse::builder), new CreateLaunchTemplate(context, store)),
                BoundOperation.of(operation("DescribeLaunchTemplates", DescribeLaunchTemplatesRequest::builder,
                        DescribeLaunchTemplatesResponse::builder), new DescribeLaunchTemplates(context, store)),
                BoundOperation.of(operation("ModifyLaunchTemplate", ModifyLaunchTemplateRequest::builder,
                        ModifyLaunchTemplateResponse::builder), new ModifyLaunchTemplate(context, store)),
                BoundOperation.of(operation("DeleteLaunchTemplate", DeleteLaunchTemplateRequest::builder,
                        DeleteLaunchTemplateResponse::builder), new DeleteLaunchTemplate(context, store)),
                BoundOperation.of(operation("CreateLaunchTemplateVersion",
                        CreateLaunchTemplateVersionRequest::builder, CreateLaunchTemplateVersionResponse::builder),
                        new CreateLaunchTemplateVersion(context, store)),
                BoundOperation.of(operation("DescribeLaunchTemplateVersions",
                        DescribeLaunchTemplateVersionsRequest::builder,
                        DescribeLaunchTemplateVersionsResponse::builder), new DescribeLaunchTemplateVersions(store)),
                BoundOperation.of(operation("DeleteLaunchTemplateVersions",
                        DeleteLaunchTemplateVersionsRequest::builder, DeleteLaunchTemplateVersionsResponse::builder),
                        new DeleteLaunchTemplateVersions(store)));
    }
}
