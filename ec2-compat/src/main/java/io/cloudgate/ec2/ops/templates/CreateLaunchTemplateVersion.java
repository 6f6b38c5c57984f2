package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.VersionRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateVersionRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateVersionResponse;

/**
 * Adds a version. With SourceVersion, the new version starts from that version's data and the request's
 * data replaces it member by member (top-level members, as AWS documents).
 */
public final class CreateLaunchTemplateVersion
        implements Operation<CreateLaunchTemplateVersionRequest, CreateLaunchTemplateVersionResponse> {
    private final Ec2Context ec2;
    private final LaunchTemplateStore store;

    CreateLaunchTemplateVersion(Ec2Context ec2, LaunchTemplateStore store) {
        this.ec2 = ec2;
        this.store = store;
    }

    @Override
    public CreateLaunchTemplateVersionResponse handle(CreateLaunchTemplateVersionRequest request,
                                                      RequestContext context) {
        String account = context.principal().accountId();
        TemplateRecord template = TemplateLookup.require(store, account, request.launchTemplateId(),
                request.launchTemplateName());
        String description = TemplateLookup.validDescription(request.versionDescription());
        if (request.launchTemplateData() == null) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter LaunchTemplateData");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        if (request.sourceVersion() != null) {
            data.putAll(TemplateLookup.requireVersion(store, account, template, request.sourceVersion()).data());
        }
        data.putAll(TemplateShapes.tree(request.launchTemplateData()));
        DryRun.check(request.dryRun());
        VersionRecord version = store.addVersion(account, template, description, ec2.clock().instant(),
                context.principal().arn(), data);
        TemplateRecord current = store.findById(account, template.id()).orElse(template);
        return CreateLaunchTemplateVersionResponse.builder()
                .launchTemplateVersion(TemplateShapes.version(current, version))
                .build();
    }
}
