package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.VersionRecord;
import software.amazon.awssdk.services.ec2.model.ModifyLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.ModifyLaunchTemplateResponse;

/** Sets which version is the default. */
public final class ModifyLaunchTemplate
        implements Operation<ModifyLaunchTemplateRequest, ModifyLaunchTemplateResponse> {
    private final Ec2Context ec2;
    private final LaunchTemplateStore store;

    ModifyLaunchTemplate(Ec2Context ec2, LaunchTemplateStore store) {
        this.ec2 = ec2;
        this.store = store;
    }

    @Override
    public ModifyLaunchTemplateResponse handle(ModifyLaunchTemplateRequest request, RequestContext context) {
        String account = context.principal().accountId();
        TemplateRecord template = TemplateLookup.require(store, account, request.launchTemplateId(),
                request.launchTemplateName());
        VersionRecord newDefault = request.defaultVersion() == null ? null
                : TemplateLookup.requireVersion(store, account, template,
                        String.valueOf(TemplateLookup.parseNumber(request.defaultVersion())));
        DryRun.check(request.dryRun());
        if (newDefault != null) {
            template = store.setDefault(account, template, newDefault.number());
        }
        return ModifyLaunchTemplateResponse.builder()
                .launchTemplate(TemplateShapes.template(template, ec2.tags().of(account, template.id())))
                .build();
    }
}
