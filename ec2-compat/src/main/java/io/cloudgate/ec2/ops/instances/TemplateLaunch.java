package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.templates.LaunchTemplates;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/**
 * RunInstances with a LaunchTemplate: the request filled in from the template version it names (members
 * the request sets win), and which template and version number that was, for the instance's
 * aws:ec2launchtemplate:id and :version tags. The launch template area owns templates; this only reads.
 */
final class TemplateLaunch {
    /** The effective request; templateId and version are null when no template was named. */
    record Applied(RunInstancesRequest request, String templateId, String version) {
    }

    private final Ec2Context context;
    private final Operation<DescribeLaunchTemplateVersionsRequest, DescribeLaunchTemplateVersionsResponse> versions;

    /**
     * @param versions the DescribeLaunchTemplateVersions operation, which names a version's template id and
     *                 number whichever way the request named them
     */
    TemplateLaunch(Ec2Context context,
                   Operation<DescribeLaunchTemplateVersionsRequest, DescribeLaunchTemplateVersionsResponse> versions) {
        this.context = context;
        this.versions = versions;
    }

    Applied apply(RunInstancesRequest request, RequestContext requestContext) {
        LaunchTemplateSpecification specification = request.launchTemplate();
        if (specification == null) {
            return new Applied(request, null, null);
        }
        String account = requestContext.principal().accountId();
        var data = LaunchTemplates.resolve(context, account, specification);
        LaunchTemplateVersion version = versions.handle(DescribeLaunchTemplateVersionsRequest.builder()
                        .launchTemplateId(specification.launchTemplateId())
                        .launchTemplateName(specification.launchTemplateName())
                        .versions(specification.version() == null ? "$Default" : specification.version())
                        .build(), requestContext)
                .launchTemplateVersions().getFirst();
        RunInstancesRequest filled = LaunchTemplates.applyTo(request.toBuilder().launchTemplate(
                (LaunchTemplateSpecification) null).build(), data);
        return new Applied(filled, version.launchTemplateId(), String.valueOf(version.versionNumber()));
    }
}
