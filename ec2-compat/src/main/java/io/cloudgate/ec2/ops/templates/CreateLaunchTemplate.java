package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.CreateTokens;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateResponse;

/** Creates a template and its version 1 (the default and latest); a retry with the same ClientToken repeats it. */
public final class CreateLaunchTemplate
        implements Operation<CreateLaunchTemplateRequest, CreateLaunchTemplateResponse> {
    private final Ec2Context ec2;
    private final LaunchTemplateStore store;
    private final CreateTokens tokens;

    CreateLaunchTemplate(Ec2Context ec2, LaunchTemplateStore store) {
        this.ec2 = ec2;
        this.store = store;
        this.tokens = new CreateTokens(ec2.store(), ec2.clock(), "CreateLaunchTemplate");
    }

    @Override
    public CreateLaunchTemplateResponse handle(CreateLaunchTemplateRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String name = TemplateLookup.validName(request.launchTemplateName());
        String description = TemplateLookup.validDescription(request.versionDescription());
        if (request.launchTemplateData() == null) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter LaunchTemplateData");
        }
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "launch-template");
        DryRun.check(request.dryRun());
        int fingerprint = request.toBuilder().clientToken(null).dryRun(null).build().hashCode();
        Optional<String> earlier = tokens.earlier(account, request.clientToken(), fingerprint);
        if (earlier.isPresent()) {
            TemplateRecord created = store.findById(account, earlier.get()).orElseThrow(CreateTokens::deleted);
            return CreateLaunchTemplateResponse.builder()
                    .launchTemplate(TemplateShapes.template(created, ec2.tags().of(account, created.id())))
                    .build();
        }
        TemplateRecord template;
        try {
            template = store.create(account, name, ec2.clock().instant(), context.principal().arn(), description,
                    TemplateShapes.tree(request.launchTemplateData()));
        } catch (RuntimeException e) {
            tokens.release(account, request.clientToken());
            throw e;
        }
        if (!tags.isEmpty()) {
            ec2.tags().put(account, template.id(), tags);
        }
        tokens.remember(account, request.clientToken(), fingerprint, template.id());
        return CreateLaunchTemplateResponse.builder().launchTemplate(TemplateShapes.template(template, tags)).build();
    }
}
