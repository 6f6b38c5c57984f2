package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsResponseErrorItem;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsResponseSuccessItem;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateErrorCode;
import software.amazon.awssdk.services.ec2.model.ResponseError;

/**
 * Deletes versions by number. Each version succeeds or fails on its own, as AWS reports it; the default
 * version cannot be deleted (DeleteLaunchTemplate deletes the whole template).
 */
public final class DeleteLaunchTemplateVersions
        implements Operation<DeleteLaunchTemplateVersionsRequest, DeleteLaunchTemplateVersionsResponse> {
    private static final int MAX_VERSIONS = 200;

    private final LaunchTemplateStore store;

    DeleteLaunchTemplateVersions(LaunchTemplateStore store) {
        this.store = store;
    }

    @Override
    public DeleteLaunchTemplateVersionsResponse handle(DeleteLaunchTemplateVersionsRequest request,
                                                       RequestContext context) {
        String account = context.principal().accountId();
        TemplateRecord template = TemplateLookup.require(store, account, request.launchTemplateId(),
                request.launchTemplateName());
        if (request.versions().isEmpty()) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter LaunchTemplateVersion");
        }
        if (request.versions().size() > MAX_VERSIONS) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "You can specify up to " + MAX_VERSIONS + " launch template versions in a single request.");
        }
        DryRun.check(request.dryRun());
        List<DeleteLaunchTemplateVersionsResponseSuccessItem> deleted = new ArrayList<>();
        List<DeleteLaunchTemplateVersionsResponseErrorItem> failed = new ArrayList<>();
        for (String version : request.versions()) {
            long number = TemplateLookup.parseNumber(version);
            if (number == template.defaultVersion()) {
                failed.add(failure(template, number, LaunchTemplateErrorCode.UNEXPECTED_ERROR,
                        "Cannot delete the default version of a launch template. Use DeleteLaunchTemplate to delete "
                                + "the launch template with all its versions."));
            } else if (store.version(account, template.id(), number).isEmpty()) {
                failed.add(failure(template, number, LaunchTemplateErrorCode.LAUNCH_TEMPLATE_VERSION_DOES_NOT_EXIST,
                        TemplateLookup.versionNotFound(template, number).getMessage()));
            } else {
                store.deleteVersion(account, template, number);
                deleted.add(DeleteLaunchTemplateVersionsResponseSuccessItem.builder()
                        .launchTemplateId(template.id())
                        .launchTemplateName(template.name())
                        .versionNumber(number)
                        .build());
            }
        }
        return DeleteLaunchTemplateVersionsResponse.builder()
                .successfullyDeletedLaunchTemplateVersions(deleted)
                .unsuccessfullyDeletedLaunchTemplateVersions(failed)
                .build();
    }

    private static DeleteLaunchTemplateVersionsResponseErrorItem failure(TemplateRecord template, long number,
                                                                         LaunchTemplateErrorCode code, String message) {
        return DeleteLaunchTemplateVersionsResponseErrorItem.builder()
                .launchTemplateId(template.id())
                .launchTemplateName(template.name())
                .versionNumber(number)
                .responseError(ResponseError.builder().code(code).message(message).build())
                .build();
    }
}
