package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeResponse;

/**
 * Changes an image's description, launch permissions or IMDS support, in either of EC2's request styles:
 * the structured members (Description, LaunchPermission, ImdsSupport) or Attribute with Value /
 * OperationType, UserIds and UserGroups.
 */
public final class ModifyImageAttribute implements Operation<ModifyImageAttributeRequest, ModifyImageAttributeResponse> {
    private final Ec2Context context;
    private final ImageDirectory directory;

    ModifyImageAttribute(Ec2Context context, ImageDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    @Override
    public ModifyImageAttributeResponse handle(ModifyImageAttributeRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.imageId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter imageId");
        }
        String imageId = Ec2Ids.requireWellFormed(ResourceKind.IMAGE, request.imageId());
        String attribute = attribute(request);
        String description = request.description() != null ? request.description().value() : request.value();
        String imdsSupport = request.imdsSupport() != null ? request.imdsSupport().value() : request.value();
        if (attribute.equals("imdsSupport") && !"v2.0".equals(imdsSupport)) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + imdsSupport + ") for parameter imdsSupport is invalid. Valid value: v2.0");
        }
        ImageDirectory.Ec2Image image = directory.requireOwned(account, imageId);
        LaunchPermissions permissions = attribute.equals("launchPermission")
                ? LaunchPermissions.of(image.image()).apply(added(request), removed(request)) : null;
        DryRun.check(request.dryRun());
        switch (attribute) {
            case "description" -> directory.saveExtras(imageId, image.extras().withDescription(description));
            case "imdsSupport" -> directory.saveExtras(imageId, image.extras().withImdsSupport(imdsSupport));
            default -> share(account, image, permissions);
        }
        return ModifyImageAttributeResponse.builder().build();
    }

    /** The attribute the request changes, whichever style it uses. */
    private static String attribute(ModifyImageAttributeRequest request) {
        if (request.description() != null) {
            return "description";
        }
        if (request.launchPermission() != null) {
            return "launchPermission";
        }
        if (request.imdsSupport() != null) {
            return "imdsSupport";
        }
        String attribute = request.attribute();
        if (attribute == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter attribute");
        }
        if (!List.of("description", "launchPermission", "imdsSupport").contains(attribute)) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return attribute;
    }

    private static List<LaunchPermission> added(ModifyImageAttributeRequest request) {
        if (request.launchPermission() != null) {
            return request.launchPermission().add();
        }
        return "add".equals(request.operationTypeAsString()) ? listed(request) : List.of();
    }

    private static List<LaunchPermission> removed(ModifyImageAttributeRequest request) {
        if (request.launchPermission() != null) {
            return request.launchPermission().remove();
        }
        if (request.operationTypeAsString() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter operationType");
        }
        return "remove".equals(request.operationTypeAsString()) ? listed(request) : List.of();
    }

    /** The grants named by UserIds and UserGroups in the Attribute style. */
    private static List<LaunchPermission> listed(ModifyImageAttributeRequest request) {
        return Stream.concat(
                request.userIds().stream().map(userId -> LaunchPermission.builder().userId(userId).build()),
                request.userGroups().stream().map(group -> LaunchPermission.builder().group(group).build()))
                .toList();
    }

    private void share(String account, ImageDirectory.Ec2Image image, LaunchPermissions permissions) {
        try {
            context.compute().images().share(account, image.image().id(), permissions.isPublic(),
                    permissions.accounts());
        } catch (ComputeException e) {
            throw ComputeErrors.toAws(e, ResourceKind.IMAGE, image.imageId());
        }
    }
}
