package io.cloudgate.ec2.ops.templates;

import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.VersionRecord;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.sdk.SdkSchemas;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/** What launching from a template needs (RunInstances with LaunchTemplate): the template's data, applied. */
public final class LaunchTemplates {
    private static final Schema RUN_INSTANCES = SdkSchemas.of(RunInstancesRequest::builder);

    /** The version a specification named: its template's id, its number and its data. */
    public record Resolved(String templateId, long versionNumber, RequestLaunchTemplateData data) {
    }

    private LaunchTemplates() {
    }

    /**
     * The version the specification names (its Version: a number, $Latest or $Default, which is also the
     * default), with the template id and version number (for the aws:ec2launchtemplate:id/version tags).
     * Errors as AWS: InvalidLaunchTemplateId.NotFound / .Malformed,
     * InvalidLaunchTemplateName.NotFoundException, InvalidLaunchTemplateId.VersionNotFound.
     */
    public static Resolved resolveVersion(Ec2Context context, String account,
                                          LaunchTemplateSpecification specification) {
        LaunchTemplateStore store = new LaunchTemplateStore(context.store());
        TemplateRecord template = TemplateLookup.require(store, account, specification.launchTemplateId(),
                specification.launchTemplateName());
        VersionRecord version = TemplateLookup.requireVersion(store, account, template, specification.version());
        return new Resolved(template.id(), version.number(), TemplateShapes.requestData(version));
    }

    /** The data of the version the specification names; see {@link #resolveVersion}. */
    public static RequestLaunchTemplateData resolve(Ec2Context context, String account,
                                                    LaunchTemplateSpecification specification) {
        return resolveVersion(context, account, specification).data();
    }

    /**
     * The request with every member it leaves unset taken from the template data, matched by member name
     * (RunInstancesRequest has every member of the template data except RamDiskId, ElasticGpuSpecifications
     * and InstanceRequirements, which are dropped). Members the request sets win whole.
     */
    public static RunInstancesRequest applyTo(RunInstancesRequest request, RequestLaunchTemplateData data) {
        Map<String, Object> merged = TemplateData.toTree(RUN_INSTANCES, request);
        TemplateData.toTree(TemplateShapes.REQUEST_DATA, data).forEach(merged::putIfAbsent);
        return (RunInstancesRequest) TemplateData.fromTree(RUN_INSTANCES, merged);
    }
}
