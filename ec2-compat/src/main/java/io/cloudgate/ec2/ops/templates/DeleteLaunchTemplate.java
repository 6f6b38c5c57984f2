package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateResponse;

/** Deletes a template with all its versions and tags; answers with the template as it was. */
public final class DeleteLaunchTemplate
        implements Operation<DeleteLaunchTemplateRequest, DeleteLaunchTemplateResponse> {
    private final Ec2Context ec2;
    private final LaunchTemplateStore store;

    DeleteLaunchTemplate(Ec2Context ec2, LaunchTemplateStore store) {
        this.ec2 = ec2;
        this.store = store;
    }

    @Override
    public DeleteLaunchTemplateResponse handle(DeleteLaunchTemplateRequest request, RequestContext context) {
        String account = context.principal().accountId();
        TemplateRecord template = TemplateLookup.require(store, account, request.launchTemplateId(),
                request.launchTemplateName());
        DryRun.check(request.dryRun());
        Map<String, String> tags = ec2.tags().of(account, template.id());
        store.delete(account, template);
        ec2.tags().forget(account, template.id());
        return DeleteLaunchTemplateResponse.builder().launchTemplate(TemplateShapes.template(template, tags)).build();
    }
}
